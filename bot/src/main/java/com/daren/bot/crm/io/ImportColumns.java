package com.daren.bot.crm.io;

import com.daren.bot.crm.InfluencerFields;
import com.daren.command.ArgSpec;
import com.daren.command.ArgType;
import com.daren.command.BadArgumentException;
import com.daren.command.Lang;
import com.daren.command.ParsedArgs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Which column of a sheet is which record field. Header names come from {@link InfluencerFields} (names, aliases and
 * labels, Chinese or English, case and spaces ignored), plus the record's key column 账号/handle. The same fields
 * are what the API accepts to create a record.
 */
public final class ImportColumns {

    /** The key column: a record is found by platform + handle. */
    public static final ArgSpec HANDLE = ArgSpec.option("handle", ArgType.HANDLE, "账号", "handle").alias("账号ID", "达人账号");

    /** Every importable field; 新账号/rename is left out (an import names records by their handle). */
    public static final List<ArgSpec> FIELDS = Stream.concat(Stream.of(HANDLE),
            InfluencerFields.EDITABLE.stream().filter(f -> f != InfluencerFields.HANDLE)).toList();

    /** Shown masked to viewers (138****5678, li***g): a masked value in a re-imported export is left alone. */
    private static final List<ArgSpec> MASKABLE = List.of(InfluencerFields.PHONE, InfluencerFields.WECHAT);

    static {
        Map<String, ArgSpec> seen = new HashMap<>();
        for (ArgSpec f : FIELDS) {
            for (String n : FieldValues.names(f)) {
                ArgSpec other = seen.putIfAbsent(n, f);
                if (other != null && other != f) {
                    throw new IllegalStateException("import header '" + n + "' would mean both " + other.name() + " and " + f.name());
                }
            }
        }
    }

    private final ArgSpec[] byColumn;
    private final List<String> ignored;

    private ImportColumns(ArgSpec[] byColumn, List<String> ignored) {
        this.byColumn = byColumn;
        this.ignored = ignored;
    }

    static ImportColumns of(List<String> header) {
        ArgSpec[] byColumn = new ArgSpec[header.size()];
        Map<ArgSpec, String> taken = new LinkedHashMap<>();
        List<String> ignored = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            String name = header.get(c) == null ? "" : header.get(c).replace("\uFEFF", "").strip();
            var spec = FieldValues.match(FIELDS, name);
            if (spec.isEmpty()) {
                if (!name.isEmpty()) {
                    ignored.add(name);
                }
                continue;
            }
            String before = taken.putIfAbsent(spec.get(), name);
            if (before != null) {
                throw ImportProblem.badHeader("表头「" + before + "」和「" + name + "」都是" + spec.get().label(Lang.ZH) + "，请只保留一列",
                        "headers '" + before + "' and '" + name + "' both mean " + spec.get().label(Lang.EN) + "; keep one");
            }
            byColumn[c] = spec.get();
        }
        List<ArgSpec> missing = Stream.of(InfluencerFields.PLATFORM, HANDLE).filter(f -> !taken.containsKey(f)).toList();
        if (!missing.isEmpty()) {
            throw ImportProblem.badHeader(
                    "第 1 行（表头）缺少必需的列：" + String.join("、", missing.stream().map(f -> f.label(Lang.ZH)).toList())
                            + "（另需 粉丝数 才能新增达人）",
                    "the header row lacks required columns: " + String.join(", ", missing.stream().map(f -> f.label(Lang.EN)).toList())
                            + " (and followers to add new influencers)");
        }
        return new ImportColumns(byColumn, List.copyOf(ignored));
    }

    List<String> ignored() {
        return ignored;
    }

    /** The row's non-blank cells, converted; a bad value is a {@link BadArgumentException} naming the column. */
    ParsedArgs values(SheetSource.SheetRow row) {
        Map<String, Object> values = new HashMap<>();
        for (int c = 0; c < byColumn.length; c++) {
            ArgSpec spec = byColumn[c];
            String raw = unescapeFormula(row.cell(c).strip());
            if (spec == null || raw.isEmpty() || (MASKABLE.contains(spec) && raw.contains("*"))) {
                continue;
            }
            values.put(spec.name(), FieldValues.convert(spec, raw));
        }
        return ParsedArgs.of(values);
    }

    /** The export writes {@code '=…} for text that Excel would run as a formula; read it back as written. */
    static String unescapeFormula(String value) {
        return value.length() > 1 && value.charAt(0) == '\'' && "=+-@".indexOf(value.charAt(1)) >= 0 ? value.substring(1) : value;
    }
}
