package com.daren.command;

import com.daren.access.Role;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommandRegistryTest {

    /** A handler that only declares itself; the registry never runs handlers. */
    record Declared(CommandSpec spec) implements CommandHandler {
        static Declared command(String name, String... aliases) {
            return new Declared(CommandSpec.command(name).alias(aliases).role(Role.GUEST).build());
        }

        @Override
        public Reply handle(CommandContext context, ParsedArgs args) {
            return Reply.of("unused");
        }
    }

    private final CommandRegistry registry = new CommandRegistry(List.of(
            Declared.command("help", "帮助"),
            Declared.command("daren add", "达人 添加"),
            Declared.command("daren list", "达人 列表"),
            Declared.command("daren show")));

    @Test
    void aPhraseDeclaredByTwoHandlersFailsConstructionNamingBoth() {
        List<CommandHandler> clashing = List.of(
                Declared.command("daren add", "达人 添加"),
                Declared.command("daren new", "达人 添加"));

        assertThatThrownBy(() -> new CommandRegistry(clashing))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("达人 添加")
                .hasMessageContaining("daren add")
                .hasMessageContaining("daren new");
    }

    @Test
    void anAliasEqualToAnotherCommandsNameAlsoClashes() {
        List<CommandHandler> clashing = List.of(Declared.command("list"), Declared.command("daren list", "LIST"));

        assertThatThrownBy(() -> new CommandRegistry(clashing))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("list")
                .hasMessageContaining("daren list");
    }

    @Test
    void twoWordCommandUsesBothWordsAndLeavesTheRestAsArguments() {
        CommandRegistry.Lookup lookup = registry.lookup(List.of("daren", "add", "lily"));

        assertThat(lookup.found()).isTrue();
        assertThat(lookup.handler().spec().name()).isEqualTo("daren add");
        assertThat(lookup.wordsUsed()).isEqualTo(2);
    }

    @Test
    void oneWordCommandUsesOneWord() {
        CommandRegistry.Lookup lookup = registry.lookup(List.of("help", "daren"));

        assertThat(lookup.handler().spec().name()).isEqualTo("help");
        assertThat(lookup.wordsUsed()).isEqualTo(1);
    }

    @Test
    void commandWordsAreCaseInsensitive() {
        assertThat(registry.lookup(List.of("Daren", "ADD")).handler().spec().name()).isEqualTo("daren add");
    }

    @Test
    void chineseAliasFindsTheCommand() {
        CommandRegistry.Lookup lookup = registry.lookup(List.of("达人", "添加", "lily"));

        assertThat(lookup.handler().spec().name()).isEqualTo("daren add");
        assertThat(lookup.wordsUsed()).isEqualTo(2);
    }

    @Test
    void groupWordLearntFromAnAliasWorksWithTheEnglishSubCommand() {
        assertThat(registry.lookup(List.of("达人", "add")).handler().spec().name()).isEqualTo("daren add");
        assertThat(registry.lookup(List.of("达人", "show")).handler().spec().name()).isEqualTo("daren show");
        assertThat(registry.find("/达人 add")).map(CommandSpec::name).contains("daren add");
    }

    @Test
    void unknownSubCommandSuggestsAllOfTheGroupsSubCommands() {
        CommandRegistry.Lookup lookup = registry.lookup(List.of("daren", "xyzzyq"));

        assertThat(lookup.found()).isFalse();
        assertThat(lookup.typed()).isEqualTo("daren xyzzyq");
        assertThat(lookup.suggestions()).containsExactlyInAnyOrder("daren add", "daren list", "daren show");
    }

    @Test
    void unknownSubCommandAfterTheChineseGroupWordSuggestsTheSameGroup() {
        CommandRegistry.Lookup lookup = registry.lookup(List.of("达人", "乱写一通"));

        assertThat(lookup.found()).isFalse();
        assertThat(lookup.suggestions()).containsExactlyInAnyOrder("daren add", "daren list", "daren show");
    }

    @Test
    void misspeltSubCommandSuggestsOnlyTheCloseOne() {
        assertThat(registry.lookup(List.of("daren", "lsit")).suggestions()).containsExactly("daren list");
    }

    @Test
    void swappedLettersInAShortCommandSuggestTheRightOne() {
        CommandRegistry.Lookup lookup = registry.lookup(List.of("hlep"));

        assertThat(lookup.found()).isFalse();
        assertThat(lookup.suggestions()).containsExactly("help");
    }

    @Test
    void somethingFarFromEveryCommandSuggestsNothing() {
        assertThat(registry.lookup(List.of("weather")).suggestions()).isEmpty();
    }

    @Test
    void specsAreListedByNameForHelp() {
        assertThat(registry.specs()).extracting(CommandSpec::name)
                .containsExactly("daren add", "daren list", "daren show", "help");
    }
}
