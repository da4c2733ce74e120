package org.peacedirectory.submission;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.jspecify.annotations.Nullable;
import org.peacedirectory.system.AppSecrets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A signed note of when a form was shown. Robots post forms within moments of loading them, or replay
 * old ones; people take longer than a few seconds and less than a day.
 */
@Component
public class FormStamp {

    /** What is wrong with a stamp, as a message code. */
    public enum Problem {
        INVALID("submission.stamp.invalid"),
        TOO_FAST("submission.stamp.tooFast"),
        EXPIRED("submission.stamp.expired");

        final String code;

        Problem(String code) {
            this.code = code;
        }

        /** The message that tells the visitor what to do. */
        public String code() {
            return code;
        }

        /** Whether the stamp is one this site issued and not too old: a form sent too fast is still genuine. */
        public static boolean isGenuine(@Nullable Problem problem) {
            return problem != INVALID && problem != EXPIRED;
        }
    }

    private final AppSecrets secrets;
    private final Clock clock;
    private final Duration minimumFillTime;
    private final Duration lifetime;

    FormStamp(
            AppSecrets secrets,
            Clock clock,
            @Value("${directory.submissions.minimum-fill-time}") Duration minimumFillTime,
            @Value("${directory.submissions.stamp-lifetime}") Duration lifetime) {
        this.secrets = secrets;
        this.clock = clock;
        this.minimumFillTime = minimumFillTime;
        this.lifetime = lifetime;
    }

    /** A stamp for a form shown now. */
    public String issue() {
        return issuedAt(clock.instant());
    }

    /** A stamp as if the form had been shown at that moment (tests use it to stand for a person's pace). */
    public String issuedAt(Instant shown) {
        String seconds = Long.toString(shown.getEpochSecond());
        return seconds + "." + sign(seconds);
    }

    /** Null when the stamp is genuine and its age plausible for a person, else the problem. */
    @Nullable
    public Problem check(@Nullable String stamp) {
        if (stamp == null) {
            return Problem.INVALID;
        }
        int dot = stamp.indexOf('.');
        if (dot < 1) {
            return Problem.INVALID;
        }
        String seconds = stamp.substring(0, dot);
        byte[] expected = sign(seconds).getBytes(StandardCharsets.US_ASCII);
        byte[] given = stamp.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, given)) {
            return Problem.INVALID;
        }
        Duration age = Duration.between(Instant.ofEpochSecond(Long.parseLong(seconds)), clock.instant());
        if (age.compareTo(minimumFillTime) < 0) {
            return Problem.TOO_FAST;
        }
        return age.compareTo(lifetime) > 0 ? Problem.EXPIRED : null;
    }

    private String sign(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secrets.hmac("form-stamp", text));
    }
}
