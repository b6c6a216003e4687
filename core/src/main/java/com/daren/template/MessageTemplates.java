package com.daren.template;

import com.daren.command.Lang;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.StringTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

/**
 * Renders every message the bot writes, from Freemarker templates under {@code templates/}.
 *
 * <p>Template {@code crm/added} is {@code crm/added.ftl} (Chinese) with {@code crm/added_en.ftl} for English.
 * Operators will edit these files, so the configuration is locked down: no class instantiation, no {@code ?api},
 * no {@code ?eval}/{@code ?interpret}, and only record accessors are visible on model objects.
 */
public final class MessageTemplates {

    private static final freemarker.template.Version VERSION = Configuration.VERSION_2_3_34;

    private final Configuration configuration;

    private MessageTemplates(TemplateLoader loader) {
        configuration = new Configuration(VERSION);
        configuration.setTemplateLoader(new RefusingTemplateLoader(loader));
        configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        configuration.setAPIBuiltinEnabled(false);
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(VERSION);
        wrapper.setMemberAccessPolicy(new RecordAccessorsOnlyPolicy());
        wrapper.setExposeFields(false);
        configuration.setObjectWrapper(wrapper.build());
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setDefaultEncoding("UTF-8");
        configuration.setOutputEncoding("UTF-8");
        configuration.setLocale(Lang.ZH.locale());
        configuration.setNumberFormat("computer");
        configuration.setTimeZone(TimeZone.getTimeZone("Asia/Shanghai"));
        configuration.setFallbackOnNullLoopVariable(false);
    }

    /**
     * Templates from an optional folder operators edit (checked first, so an edit needs no rebuild), then from
     * {@code templates/} on the classpath.
     */
    public static MessageTemplates fromClasspathAndFolder(String folder) {
        List<TemplateLoader> loaders = new ArrayList<>();
        if (folder != null && !folder.isBlank() && new File(folder).isDirectory()) {
            try {
                loaders.add(new FileTemplateLoader(new File(folder)));
            } catch (IOException e) {
                throw new IllegalStateException("cannot read templates from " + folder, e);
            }
        }
        loaders.add(new ClassTemplateLoader(MessageTemplates.class.getClassLoader(), "templates"));
        return new MessageTemplates(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
    }

    /** For tests and for templates held in memory. */
    public static MessageTemplates fromStrings(Map<String, String> templatesByFileName) {
        StringTemplateLoader loader = new StringTemplateLoader();
        templatesByFileName.forEach(loader::putTemplate);
        return new MessageTemplates(loader);
    }

    public String render(String name, Lang lang, Map<String, ?> model) {
        try {
            Template template = configuration.getTemplate(name + ".ftl", lang.locale());
            return process(template, model);
        } catch (IOException e) {
            throw new TemplateRenderingException("template " + name + " cannot be loaded: " + e.getMessage(), e);
        }
    }

    /** Renders template text that did not come from a file (e.g. a broadcast an operator typed). */
    public String renderText(String name, String source, Map<String, ?> model) {
        try {
            RefusingTemplateLoader.check(name, source);
            return process(new Template(name, new StringReader(source), configuration), model);
        } catch (IOException e) {
            throw new TemplateRenderingException("template " + name + " is refused: " + e.getMessage(), e);
        }
    }

    private static String process(Template template, Map<String, ?> model) {
        try {
            StringWriter out = new StringWriter();
            template.process(model, out);
            return out.toString().strip();
        } catch (TemplateException | IOException | RuntimeException e) {
            throw new TemplateRenderingException("template " + template.getName() + " failed: " + e.getMessage(), e);
        }
    }
}
