package com.daren.reminder;

import com.daren.command.Text;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/** What {@link TimePhraseParser} made of the start of a line; {@code rest} is the original text after the phrase. */
public sealed interface TimePhrase {

    /** One time, in the zone it was read in; {@code repeat} when it comes back. */
    record Resolved(ZonedDateTime at, Optional<Repeat> repeat, String rest) implements TimePhrase {
    }

    /** The phrase fits more than one time: the bot asks which one (the user answers with an exact one). */
    record Ambiguous(List<ZonedDateTime> options, String rest) implements TimePhrase {
    }

    /** Understood but not usable: a past time or a day that does not exist; the reason says which. */
    record Refused(Text reason) implements TimePhrase {
    }

    /** No time phrase at the start of the line. */
    record NotUnderstood() implements TimePhrase {
    }
}
