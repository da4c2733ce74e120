package org.peacedirectory.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Passwords of 12 to 128 characters, any Unicode, not a common one; hashed with Argon2 over every byte. */
class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();
    private final PasswordEncoder argon2 = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();

    @Test
    void refusesElevenCharactersAndAcceptsTwelve() {
        assertThat(policy.check("hqzvmrtlkwp")).isEqualTo(PasswordPolicy.TOO_SHORT);
        assertThat(policy.check("hqzvmrtlkwpb")).isNull();
    }

    @Test
    void refusesNothingAtAllAsTooShort() {
        assertThat(policy.check(null)).isEqualTo(PasswordPolicy.TOO_SHORT);
        assertThat(policy.check("")).isEqualTo(PasswordPolicy.TOO_SHORT);
    }

    @Test
    void acceptsOneHundredTwentyEightCharactersAndRefusesOneHundredTwentyNine() {
        String longest = "Kx7-".repeat(32);

        assertThat(longest).hasSize(128);
        assertThat(policy.check(longest)).isNull();
        assertThat(policy.check(longest + "q")).isEqualTo(PasswordPolicy.TOO_LONG);
    }

    @Test
    void countsCharactersNotUtf16UnitsSoEmojiCountOnce() {
        String elevenEmoji = "🕊".repeat(11);

        assertThat(elevenEmoji).hasSize(22);
        assertThat(policy.check(elevenEmoji)).isEqualTo(PasswordPolicy.TOO_SHORT);
        assertThat(policy.check("😀".repeat(128))).isNull();
        assertThat(policy.check("😀".repeat(129))).isEqualTo(PasswordPolicy.TOO_LONG);
    }

    @Test
    void acceptsTwentyCharactersOfEmojiAndAccentedLettersAndArgon2MatchesThem() {
        String password = "🕊😀🌍🔥✨éàçüñøåß€ŒæœÉÀÇ";

        assertThat(password.codePointCount(0, password.length())).isEqualTo(20);
        assertThat(policy.check(password)).isNull();
        String hash = argon2.encode(password);
        assertThat(hash).startsWith("$argon2id$");
        assertThat(argon2.matches(password, hash)).isTrue();
        assertThat(argon2.matches(password.replace('é', 'e'), hash)).isFalse();
    }

    /** BCrypt reads only the first 72 bytes; Argon2 reads all of them. */
    @Test
    void distinguishesTheLastCharacterOfAHundredBytePassword() {
        String start = "é".repeat(49) + "x"; // 98 + 1 bytes in UTF-8
        String password = start + "A";
        String almost = start + "B";

        assertThat(password.getBytes(StandardCharsets.UTF_8)).hasSize(100);
        assertThat(policy.check(password)).isNull();
        String hash = argon2.encode(password);
        assertThat(argon2.matches(password, hash)).isTrue();
        assertThat(argon2.matches(almost, hash)).isFalse();
    }

    @Test
    void refusesCommonPasswordsWhateverTheirCase() {
        assertThat(policy.check("password1234")).isEqualTo(PasswordPolicy.COMMON);
        assertThat(policy.check("PassWord1234")).isEqualTo(PasswordPolicy.COMMON);
        assertThat(policy.check("QWERTYUIOP123")).isEqualTo(PasswordPolicy.COMMON);
        assertThat(policy.check("123456789012")).isEqualTo(PasswordPolicy.COMMON);
        assertThat(policy.check("ILoveYou1234")).isEqualTo(PasswordPolicy.COMMON);
        assertThat(policy.check("passwordpassword")).isEqualTo(PasswordPolicy.COMMON);
        assertThat(policy.check("Administrator")).isEqualTo(PasswordPolicy.COMMON);
        assertThat(policy.check("password1234 but longer")).isNull();
    }

    @Test
    void takesPasswordsExactlyAsTyped() {
        String padded = "  hqzvmrtlkwpb  ";

        assertThat(policy.check(padded)).isNull();
        String hash = argon2.encode(padded);
        assertThat(argon2.matches(padded, hash)).isTrue();
        assertThat(argon2.matches(padded.strip(), hash)).isFalse();
    }
}
