package com.daren.command;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

class CommandParserTest {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "hello there",              // plain chat
            "   ",
            "/",                        // a lone slash
            "/ ",
            "/ help",                   // slash then a space is prose, not a command
            "see /help",                // a slash later in the sentence
            "@Daren",                   // only a mention
            "@Daren hello",             // mention without a command
            "http://example.com/help"
    })
    void textThatDoesNotStartWithASlashWordIsNotACommand(String text) {
        assertThat(CommandParser.parse(text)).isEmpty();
    }

    static Stream<Arguments> commands() {
        return Stream.of(
                argumentSet("a single word",
                        "/help", List.of("help"), Map.of()),
                argumentSet("surrounding and repeated spaces are ignored",
                        "  /daren   add    lily  ", List.of("daren", "add", "lily"), Map.of()),
                argumentSet("full-width slash and equals are read like ASCII",
                        "／达人 添加 lily 粉丝＝1.2w", List.of("达人", "添加", "lily"), Map.of("粉丝", "1.2w")),
                argumentSet("full-width (ideographic) space separates words",
                        "/daren\u3000add\u3000lily", List.of("daren", "add", "lily"), Map.of()),
                argumentSet("a leading @mention in a group is skipped",
                        "@Daren /help", List.of("help"), Map.of()),
                argumentSet("several leading @mentions are skipped",
                        "@Daren @Lily /daren list", List.of("daren", "list"), Map.of()),
                argumentSet("a full-width @ and ideographic space after the mention",
                        "＠Daren\u3000/help", List.of("help"), Map.of()),
                argumentSet("WeChat's mention separator U+2005 after @Daren",
                        "@Daren\u2005/help", List.of("help"), Map.of()),
                argumentSet("a quoted option value keeps its spaces",
                        "/note add lily text=\"loves hiking and tea\"",
                        List.of("note", "add", "lily"), Map.of("text", "loves hiking and tea")),
                argumentSet("Chinese double quotes make one word",
                        "/note add lily “喜欢 徒步 和 茶”", List.of("note", "add", "lily", "喜欢 徒步 和 茶"), Map.of()),
                argumentSet("corner brackets make one word",
                        "/note add lily 「春季 新品」", List.of("note", "add", "lily", "春季 新品"), Map.of()),
                argumentSet("key=value words become options, in the order typed",
                        "/daren add lily platform=xhs followers=12000",
                        List.of("daren", "add", "lily"), options("platform", "xhs", "followers", "12000")),
                argumentSet("ASCII option keys are lower-cased, values kept as typed",
                        "/daren list Platform=XHS", List.of("daren", "list"), Map.of("platform", "XHS")),
                argumentSet("Chinese option keys",
                        "/daren add lily 粉丝=1.2w 平台=小红书",
                        List.of("daren", "add", "lily"), options("粉丝", "1.2w", "平台", "小红书")),
                argumentSet("a URL containing '=' stays positional",
                        "/brief add https://example.com/page?utm=wechat&id=3",
                        List.of("brief", "add", "https://example.com/page?utm=wechat&id=3"), Map.of()),
                argumentSet("a URL and a real option side by side",
                        "/brief add https://example.com/?a=b due=friday",
                        List.of("brief", "add", "https://example.com/?a=b"), Map.of("due", "friday")),
                argumentSet("an '=' inside the command word itself is not an option",
                        "/a=b", List.of("a=b"), Map.of())
        );
    }

    /** Expected options in the order typed. */
    private static Map<String, String> options(String... keysAndValues) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            options.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return options;
    }

    @ParameterizedTest
    @MethodSource("commands")
    void splitsACommandIntoWordsAndOptions(String text, List<String> words, Map<String, String> options) {
        CommandLine line = CommandParser.parse(text).orElseThrow();

        assertThat(line.words()).containsExactlyElementsOf(words);
        assertThat(line.options()).containsExactlyEntriesOf(options);
    }

    static Stream<Arguments> brokenCommands() {
        return Stream.of(
                argumentSet("the same key twice",
                        "/daren add lily platform=xhs platform=dy", "重复", "twice"),
                argumentSet("the same key twice in different case",
                        "/daren add lily Platform=xhs platform=dy", "重复", "twice"),
                argumentSet("the same Chinese key twice",
                        "/daren add lily 粉丝=1w 粉丝=2w", "重复", "twice"),
                argumentSet("an unclosed ASCII quote",
                        "/note add lily \"loves hiking", "引号", "quote"),
                argumentSet("an unclosed Chinese quote",
                        "/note add lily “喜欢徒步", "引号", "quote"),
                argumentSet("an unclosed corner bracket",
                        "/note add lily 「春季新品", "引号", "quote")
        );
    }

    @ParameterizedTest
    @MethodSource("brokenCommands")
    void brokenCommandIsASyntaxErrorExplainedInBothLanguages(String text, String zhHint, String enHint) {
        assertThatThrownBy(() -> CommandParser.parse(text))
                .isInstanceOfSatisfying(CommandSyntaxException.class, e -> {
                    assertThat(e.problem().zh()).contains(zhHint);
                    assertThat(e.problem().en()).contains(enHint);
                });
    }

    static final java.util.Set<String> KEYWORDS = java.util.Set.of("签到", "积分", "checkin");

    static Stream<Arguments> keywordMessages() {
        return Stream.of(
                argumentSet("the bare keyword", "签到", List.of("签到")),
                argumentSet("surrounding spaces", "  签到 ", List.of("签到")),
                argumentSet("closing punctuation, Chinese and ASCII", "签到！", List.of("签到")),
                argumentSet("a tilde and a full stop", "签到~。", List.of("签到")),
                argumentSet("after an @mention of the bot", "@Daren\u2005签到", List.of("签到")),
                argumentSet("a Latin keyword in any case", "CheckIn", List.of("checkin")),
                argumentSet("another keyword", "积分", List.of("积分")),
                argumentSet("a slash command still parses as one", "/points give lily 5", List.of("points", "give", "lily", "5"))
        );
    }

    @ParameterizedTest
    @MethodSource("keywordMessages")
    void aMessageThatIsExactlyAKeywordIsThatCommand(String text, List<String> words) {
        CommandLine line = CommandParser.parse(text, KEYWORDS).orElseThrow();

        assertThat(line.words()).containsExactlyElementsOf(words);
        assertThat(line.options()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "我签到了",             // the keyword inside a sentence is chat
            "签到 一下",            // followed by more words
            "今天的积分是多少",
            "签",                   // part of the keyword
            "签到签到"
    })
    void aKeywordInsideOtherTextIsNotACommand(String text) {
        assertThat(CommandParser.parse(text, KEYWORDS)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void withoutKeywordsTheBareWordIsChat() {
        assertThat(CommandParser.parse("签到")).isEmpty();
    }
}
