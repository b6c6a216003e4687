package com.daren.template;

import com.daren.command.Lang;
import com.daren.crm.Influencer;
import com.daren.crm.PipelineStatus;
import com.daren.crm.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MessageTemplatesTest {

    private static final Influencer LILY = Influencer.builder(Platform.XIAOHONGSHU, "lily_chen").id("7")
            .name("Lily").followers(12_000).tags(List.of("美妆", "护肤")).status(PipelineStatus.PROSPECT).owner("op-zh")
            .createdAt(Instant.parse("2026-03-02T01:30:00Z")).updatedAt(Instant.parse("2026-03-02T01:30:00Z")).build();

    private final MessageTemplates templates = MessageTemplates.fromStrings(Map.of(
            "crm/added.ftl", "已添加 ${inf.name}（${inf.followers} 粉丝）",
            "crm/added_en.ftl", "Added ${inf.name} (${inf.followers} followers)",
            "common/ok.ftl", "好的"));

    @Test
    void chineseIsRenderedFromThePlainFile() {
        assertThat(templates.render("crm/added", Lang.ZH, Map.of("inf", LILY))).isEqualTo("已添加 Lily（12000 粉丝）");
    }

    @Test
    void englishIsRenderedFromTheEnVariant() {
        assertThat(templates.render("crm/added", Lang.EN, Map.of("inf", LILY))).isEqualTo("Added Lily (12000 followers)");
    }

    @Test
    void englishFallsBackToChineseWhenThereIsNoEnVariant() {
        assertThat(templates.render("common/ok", Lang.EN, Map.of())).isEqualTo("好的");
    }

    @Test
    void missingTemplateIsARenderingError() {
        assertThatThrownBy(() -> templates.render("crm/nope", Lang.ZH, Map.of()))
                .isInstanceOf(TemplateRenderingException.class)
                .hasMessageContaining("crm/nope");
    }

    @Test
    void missingModelValueIsARenderingError() {
        assertThatThrownBy(() -> templates.render("crm/added", Lang.ZH, Map.of()))
                .isInstanceOf(TemplateRenderingException.class);
    }

    @Test
    void recordAccessorsListsAndEnumsAreReadable() {
        String source = "${inf.handle}@${inf.platform}: <#list inf.tags as t>${t}<#sep>、</#list> ${inf.name()}";

        assertThat(templates.renderText("t", source, Map.of("inf", LILY)))
                .isEqualTo("lily_chen@XIAOHONGSHU: 美妆、护肤 Lily");
    }

    @Test
    void textTypedByAnOperatorIsRenderedWithTheModel() {
        assertThat(templates.renderText("broadcast", "${name}，新品试用报名开始了", Map.of("name", "Lily")))
                .isEqualTo("Lily，新品试用报名开始了");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<#assign run = 'freemarker.template.utility.Execute'?new()>${run('id')}",
            "${x?api.getClass()}",
            "${x?has_api?c}",
            "${'1+1'?eval}",
            "${'{\"a\":1}'?eval_json.a}",
            "<#assign t = '$' + '{1+1}'?interpret><@t/>",
            "${'1+1'? eval}",
            "${'1+1'?\n  eval}",
            "${'1+1'?<#-- hidden -->eval}",
            "<#assign f = '1+1'?<#-- a --> <#-- b -->eval>${f}"
    })
    void builtInsThatRunCodeAreRefusedInTemplateFiles(String source) {
        MessageTemplates fromFiles = MessageTemplates.fromStrings(Map.of("evil.ftl", source));

        assertThatThrownBy(() -> fromFiles.render("evil", Lang.ZH, Map.of("x", "text")))
                .isInstanceOf(TemplateRenderingException.class)
                .hasMessageContaining("not allowed");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<#assign run = 'freemarker.template.utility.Execute'?new()>${run('id')}",
            "${x?api.getClass()}",
            "${'1+1'?eval}",
            "<#assign t = '$' + '{1+1}'?interpret><@t/>",
            "${'1+1'?<#-- hidden -->eval}"
    })
    void builtInsThatRunCodeAreRefusedInTypedText(String source) {
        assertThatThrownBy(() -> templates.renderText("broadcast", source, Map.of("x", "text")))
                .isInstanceOf(TemplateRenderingException.class)
                .hasMessageContaining("not allowed");
    }

    @Test
    void anIncludedTemplateIsCheckedToo() {
        MessageTemplates withInclude = MessageTemplates.fromStrings(Map.of(
                "outer.ftl", "<#include \"inner.ftl\">",
                "inner.ftl", "${'1+1'?eval}"));

        assertThatThrownBy(() -> withInclude.render("outer", Lang.ZH, Map.of()))
                .isInstanceOf(TemplateRenderingException.class)
                .hasMessageContaining("not allowed");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "${inf.getClass()}", "${inf.class}", "${inf.class.name}", "${inf.getClass().getName()}",
            "${inf.tier()}", "${inf.hashCode()}",
            "${s.getClass()}", "${s.class}", "${s.getClass().getName()}", "${s.class.protectionDomain}",
            "${m.getClass()}", "${m.class}", "${p.getDeclaringClass()}", "${p.declaringClass}"
    })
    void classesAndOtherMethodsAreOutOfReach(String source) {
        Map<String, Object> model = Map.of("inf", LILY, "s", "text", "m", Map.of("k", "v"),
                "p", Platform.DOUYIN);
        String rendered;
        try {
            rendered = templates.renderText("probe", source, model);
        } catch (TemplateRenderingException refused) {
            return;
        }
        assertThat(rendered).doesNotContain("java.").doesNotContain("class ").doesNotContain("com.daren");
    }
}
