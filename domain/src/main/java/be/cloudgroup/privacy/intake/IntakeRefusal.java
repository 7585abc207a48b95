package be.cloudgroup.privacy.intake;

import be.cloudgroup.privacy.shared.InvalidValueException;
import java.util.Arrays;
import java.util.List;

/**
 * A refused line: its number (1-based) and the reason, as a translation key with its arguments
 * and in English (for the command's log).
 */
public record IntakeRefusal(long line, String reasonKey, List<String> arguments, String reason) {

    public IntakeRefusal {
        arguments = List.copyOf(arguments);
    }

    public static IntakeRefusal of(long line, InvalidValueException reason) {
        return new IntakeRefusal(
                line,
                reason.messageKey(),
                Arrays.stream(reason.arguments()).map(String::valueOf).toList(),
                String.valueOf(reason.getMessage()));
    }
}
