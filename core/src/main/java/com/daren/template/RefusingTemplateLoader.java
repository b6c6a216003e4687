package com.daren.template;

import freemarker.cache.TemplateLoader;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Refuses templates that use the built-ins which evaluate text as code or reach into Java
 * ({@code ?eval}, {@code ?interpret}, {@code ?new}, {@code ?api} …). FreeMarker can switch off {@code ?api} and
 * {@code ?new} but not {@code ?eval}/{@code ?interpret}, and operators will edit these templates, so the text is
 * checked before FreeMarker ever parses it.
 */
final class RefusingTemplateLoader implements TemplateLoader {

    static final Pattern FORBIDDEN = Pattern.compile(
            "\\?\\s*(api|eval|eval_json|evalJson|interpret|new|has_api|hasApi)\\b");

    /** FreeMarker allows comments inside expressions ({@code x?<#-- -->eval}), so they are checked without them too. */
    private static final Pattern COMMENT = Pattern.compile("<#--.*?-->|\\[#--.*?--]", Pattern.DOTALL);

    private final TemplateLoader delegate;

    RefusingTemplateLoader(TemplateLoader delegate) {
        this.delegate = delegate;
    }

    static void check(String name, String source) throws IOException {
        for (String text : new String[] {source, COMMENT.matcher(source).replaceAll("")}) {
            Matcher m = FORBIDDEN.matcher(text);
            if (m.find()) {
                throw new ForbiddenTemplateException(name, "?" + m.group(1));
            }
        }
    }

    @Override
    public Object findTemplateSource(String name) throws IOException {
        return delegate.findTemplateSource(name);
    }

    @Override
    public long getLastModified(Object templateSource) {
        return delegate.getLastModified(templateSource);
    }

    @Override
    public Reader getReader(Object templateSource, String encoding) throws IOException {
        String text;
        try (Reader reader = delegate.getReader(templateSource, encoding)) {
            StringBuilder sb = new StringBuilder();
            char[] buf = new char[4096];
            int n;
            while ((n = reader.read(buf)) > 0) {
                sb.append(buf, 0, n);
            }
            text = sb.toString();
        }
        check(String.valueOf(templateSource), text);
        return new StringReader(text);
    }

    @Override
    public void closeTemplateSource(Object templateSource) throws IOException {
        delegate.closeTemplateSource(templateSource);
    }

    /** Thrown while loading, so FreeMarker never sees the text. */
    static final class ForbiddenTemplateException extends IOException {
        ForbiddenTemplateException(String name, String builtin) {
            super("template " + name + " uses " + builtin + ", which is not allowed in message templates");
        }
    }
}
