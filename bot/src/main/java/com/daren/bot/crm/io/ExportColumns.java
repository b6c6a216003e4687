package com.daren.bot.crm.io;

import com.daren.bot.crm.InfluencerFields;
import com.daren.bot.crm.PersonalData;
import com.daren.command.ArgSpec;
import com.daren.command.ArgType;
import com.daren.command.Lang;
import com.daren.crm.Influencer;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The columns of an export, in order. Importable columns are headed by the field's Chinese label, so an exported
 * file imports back unchanged; the others (编号, 档位, 状态, 评分, times) are for reading and ignored by the import.
 */
final class ExportColumns {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    /**
     * @param value       a String, Long, Double or null for one record, masked as the reader may see it
     * @param xlsxPercent shown as a percentage in XLSX (the value is the 0–1 ratio)
     */
    record Column(String header, BiFunction<Influencer, PersonalData, Object> value, boolean xlsxPercent) {
    }

    static final List<Column> ALL = List.of(
            column("编号", (i, p) -> i.id()),
            field(InfluencerFields.NAME, (i, p) -> i.name()),
            field(ImportColumns.HANDLE, (i, p) -> i.handle()),
            field(InfluencerFields.PLATFORM, (i, p) -> i.platform().zh()),
            field(InfluencerFields.FOLLOWERS, (i, p) -> i.followers()),
            column("档位", (i, p) -> i.tier().label() + "（" + i.tier().band() + "）"),
            new Column(InfluencerFields.ER.label(Lang.ZH), (i, p) -> i.engagementRate(), true),
            field(InfluencerFields.LIKES, (i, p) -> i.avgLikes()),
            field(InfluencerFields.COMMENTS, (i, p) -> i.avgComments()),
            field(InfluencerFields.TAGS, (i, p) -> String.join(",", i.tags())),
            field(InfluencerFields.FORMATS, (i, p) -> String.join(",", i.formats())),
            field(InfluencerFields.AGE, (i, p) -> i.audienceAge()),
            field(InfluencerFields.GENDER, (i, p) -> i.audienceGender()),
            field(InfluencerFields.REGION, (i, p) -> i.audienceRegion()),
            field(InfluencerFields.PHONE, (i, p) -> p.phone(i.phone())),
            field(InfluencerFields.WECHAT, (i, p) -> p.wechatId(i.wechatId())),
            column("状态", (i, p) -> i.status().zh()),
            field(InfluencerFields.OWNER, (i, p) -> i.owner()),
            column("评分", (i, p) -> i.scores().outOfTen().isPresent() ? i.scores().outOfTen().getAsDouble() : null),
            field(InfluencerFields.CONTRACT, (i, p) -> i.contractEnd() == null ? null : i.contractEnd().toString()),
            column("添加时间", (i, p) -> TIME.format(i.createdAt())),
            column("更新时间", (i, p) -> TIME.format(i.updatedAt())));

    private ExportColumns() {
    }

    static List<String> headers() {
        return ALL.stream().map(Column::header).toList();
    }

    /**
     * A rate as CSV text: {@code 8.5%} when that reads back as exactly the same number, otherwise the plain ratio
     * ({@code 0.08345}), so a re-import never sees a change that is only rounding.
     */
    static String rateText(double rate) {
        String percent = new BigDecimal(Double.toString(rate)).movePointRight(2).stripTrailingZeros().toPlainString() + "%";
        return ArgType.RATE.parse(percent).equals(rate) ? percent : Double.toString(rate);
    }

    private static Column field(ArgSpec spec, BiFunction<Influencer, PersonalData, Object> value) {
        return new Column(spec.label(Lang.ZH), value, false);
    }

    private static Column column(String header, BiFunction<Influencer, PersonalData, Object> value) {
        return new Column(header, value, false);
    }
}
