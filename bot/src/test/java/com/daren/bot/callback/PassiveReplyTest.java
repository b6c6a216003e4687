package com.daren.bot.callback;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PassiveReplyTest {

    @Test
    void readsBackAsTheTextReplyWeChatExpects() {
        String xml = PassiveReply.text("zhangsan", "wx5823bf96d3bd56c7", Instant.ofEpochSecond(1700000000L), "你好");

        assertThat(SafeXml.fields(xml)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "ToUserName", "zhangsan", "FromUserName", "wx5823bf96d3bd56c7", "CreateTime", "1700000000",
                "MsgType", "text", "Content", "你好"));
    }

    @Test
    void contentThatLooksLikeMarkupOrClosesCdataComesBackUnchanged() {
        String content = "a ]]> b <Content>x</Content> & ]]]]> c";

        String xml = PassiveReply.text("u", "corp", Instant.EPOCH, content);

        assertThat(SafeXml.fields(xml).get("Content")).isEqualTo(content);
        assertThat(SafeXml.fields(xml)).hasSize(5);
    }
}
