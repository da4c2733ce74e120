package org.peacedirectory.moderation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.peacedirectory.moderationlog.ModerationAction;
import org.peacedirectory.moderationlog.ModerationLogEntry;
import org.peacedirectory.submission.DecisionReason;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The moderation log's lines in words, for the pages that show them ({@code @logReasons} in templates):
 * the log keeps codes (a rejection's {@code NOT_PEACEBUILDING: ...}, a verification move's
 * {@code from NOT_YET_VERIFIED to EXISTENCE_CONFIRMED of 2026-12-01}, a rollback's {@code revision 2}) and
 * stays as it was written; these are read back into the reader's language. Anything else is shown as kept.
 */
@Component("logReasons")
class LogReasons {

    private static final Pattern REJECTION = Pattern.compile("([A-Z_]+)(?:: (.*))?", Pattern.DOTALL);
    private static final Pattern VERIFICATION_MOVE = Pattern.compile(
            "from ([A-Z_]+)(?: of (\\d{4}-\\d{2}-\\d{2}))? to ([A-Z_]+)(?: of (\\d{4}-\\d{2}-\\d{2}))?");
    private static final Pattern ROLLBACK = Pattern.compile("revision (\\d+)");

    private final MessageSource messages;

    LogReasons(MessageSource messages) {
        this.messages = messages;
    }

    /** Why the action was taken, in the reader's language, or null when the log says nothing. */
    public @Nullable String describe(ModerationLogEntry entry) {
        return describe(entry.getAction(), entry.getReason(), LocaleContextHolder.getLocale());
    }

    /** Who acted: the moderator's name as the log kept it, or "the submitter", "the system" in words. */
    public String actor(ModerationLogEntry entry) {
        String name = entry.getActorName();
        if (entry.getActorId() == null && (name.equals("submitter") || name.equals("system"))) {
            return message("moderation.log.actor." + name, name, LocaleContextHolder.getLocale());
        }
        return name;
    }

    @Nullable
    String describe(ModerationAction action, @Nullable String reason, Locale locale) {
        if (reason == null || reason.isBlank()) {
            return null;
        }
        Matcher rejection = REJECTION.matcher(reason);
        if (action == ModerationAction.SUBMISSION_REJECTED
                && rejection.matches()
                && isDecisionReason(rejection.group(1))) {
            String label = message("moderation.reason." + rejection.group(1), rejection.group(1), locale);
            String said = rejection.group(2);
            return said == null ? label : message("moderation.log.reasonAndMessage", label, locale, label, said);
        }
        Matcher move = VERIFICATION_MOVE.matcher(reason);
        if (move.matches()) {
            return message(
                    "moderation.log.verificationMove",
                    reason,
                    locale,
                    level(move.group(1), move.group(2), locale),
                    level(move.group(3), move.group(4), locale));
        }
        Matcher rollback = ROLLBACK.matcher(reason);
        if (action == ModerationAction.ORGANISATION_ROLLED_BACK && rollback.matches()) {
            return message("moderation.log.toRevision", reason, locale, Integer.valueOf(rollback.group(1)));
        }
        return reason;
    }

    private String level(String code, @Nullable String date, Locale locale) {
        String name = message("verification.level." + code, code, locale);
        if (date == null) {
            return name;
        }
        String day;
        try {
            day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                    .withLocale(locale)
                    .format(LocalDate.parse(date));
        } catch (DateTimeParseException e) {
            day = date;
        }
        return message("moderation.log.levelOn", name, locale, name, day);
    }

    private static boolean isDecisionReason(String code) {
        return Arrays.stream(DecisionReason.values())
                .anyMatch(reason -> reason.name().equals(code));
    }

    private String message(String key, String otherwise, Locale locale, Object... arguments) {
        String text = messages.getMessage(key, arguments, otherwise, locale);
        return text == null ? otherwise : text;
    }
}
