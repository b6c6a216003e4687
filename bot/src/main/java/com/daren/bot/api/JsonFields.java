package com.daren.bot.api;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** A JSON object's values as the text a chat command would carry: numbers plain, lists comma-joined. */
final class JsonFields {

    private JsonFields() {
    }

    static Map<String, String> strings(Map<String, Object> body) {
        Map<String, String> out = new LinkedHashMap<>();
        if (body == null) {
            return out;
        }
        body.forEach((key, value) -> out.put(key, text(key, value)));
        return out;
    }

    private static String text(String key, Object value) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Number n) {
            return new BigDecimal(n.toString()).toPlainString();
        }
        if (value instanceof Collection<?> list && list.stream().allMatch(v -> v instanceof String || v instanceof Number)) {
            return list.stream().map(Object::toString).collect(Collectors.joining(","));
        }
        if (value == null) {
            throw ApiProblem.badRequest(key + "：暂不支持通过 API 清空字段", key + ": clearing a field is not supported");
        }
        throw ApiProblem.badRequest(key + "：应为文本、数字或文本列表", key + ": expected text, a number or a list of text");
    }
}
