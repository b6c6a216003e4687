package com.daren.bot.crm.io;

import com.daren.bot.crm.InfluencerFields;
import com.daren.command.BadArgumentException;
import com.daren.command.ParsedArgs;
import com.daren.command.Text;
import com.daren.crm.DuplicateInfluencerException;
import com.daren.crm.IdentityTakenException;
import com.daren.crm.Influencer;
import com.daren.crm.InfluencerStore;
import com.daren.crm.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Locale;
import java.util.Optional;

/** One validated row of an import, ready to write: {@link #prepare} checks everything before the store is touched. */
record RowImport(int number, Platform platform, String handle, ParsedArgs args, Influencer candidate) {

    private static final Logger log = LoggerFactory.getLogger(RowImport.class);

    /** A row that cannot be imported, and why. */
    static final class Rejected extends Exception {
        private final transient Text reason;

        Rejected(Text reason) {
            super(reason.en(), null, false, false);
            this.reason = reason;
        }

        Text reason() {
            return reason;
        }
    }

    /** The import key: platform + handle, case-insensitive, as the store's uniqueness index has it. */
    String key() {
        return platform.id() + ":" + handle.toLowerCase(Locale.ROOT);
    }

    static RowImport prepare(SheetSource.SheetRow row, ImportColumns columns, String actor) throws Rejected {
        try {
            ParsedArgs args = columns.values(row);
            if (!args.has(ImportColumns.HANDLE.name())) {
                throw new Rejected(Text.of("缺少账号", "no handle"));
            }
            if (!args.has(InfluencerFields.PLATFORM.name())) {
                throw new Rejected(Text.of("缺少平台", "no platform"));
            }
            Platform platform = InfluencerFields.platform(args.text(InfluencerFields.PLATFORM.name()));
            String handle = args.text(ImportColumns.HANDLE.name());
            // Building the would-be new record runs every check (phone, date, rate) before anything is written.
            Influencer candidate = InfluencerFields.apply(args, Influencer.builder(platform, handle).owner(actor)).build();
            return new RowImport(row.number(), platform, handle, args, candidate);
        } catch (BadArgumentException e) {
            throw new Rejected(e.problem());
        } catch (IllegalArgumentException e) {
            throw new Rejected(Text.of("数据无效：" + e.getMessage(), "invalid: " + e.getMessage()));
        }
    }

    /** Creates or merges the record; the outcome (or the reason it failed) goes to the tally. */
    void write(InfluencerStore store, String actor, ImportTally tally) {
        try {
            InfluencerStore.Change change;
            if (args.has(InfluencerFields.FOLLOWERS.name())) {
                change = store.upsert(candidate, actor, (current, ignored) -> merged(current));
            } else {
                Optional<String> id = store.idOf(platform, handle);
                if (id.isEmpty()) {
                    tally.rejected(number, Text.of("新达人需要粉丝数", "a new influencer needs followers"));
                    return;
                }
                change = store.update(id.get(), actor, "import", this::merged);
            }
            tally.written(change);
        } catch (IdentityTakenException e) {
            tally.rejected(number, Text.of("微信身份已关联到达人 #" + e.otherId(),
                    "that WeChat identity already belongs to influencer #" + e.otherId()));
        } catch (DuplicateInfluencerException e) {
            tally.rejected(number, Text.of("与已有达人 #" + e.existingId() + " 冲突", "clashes with influencer #" + e.existingId()));
        } catch (RuntimeException e) {
            if (tally.failed()) {
                log.warn("import row {} ({}) could not be written", number, key(), e);
            }
            tally.rejected(number, Text.of("保存失败，请稍后重新导入", "could not be saved; import again later"));
        }
    }

    /** Only the cells the row fills change; every other field stays as it is. */
    private Influencer merged(Influencer current) {
        return InfluencerFields.apply(args, current.toBuilder()).build();
    }
}
