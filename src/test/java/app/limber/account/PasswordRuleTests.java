package app.limber.account;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** NIST SP 800-63B's password rule and the throttle's delays, without Spring. */
class PasswordRuleTests {

	@Test
	void shipsACompactListOfCommonPasswords() {
		assertThat(PasswordRule.commonCount()).isBetween(10_000, 100_000);
		assertThat(PasswordRule.isCommon("1234567890")).isTrue();
		assertThat(PasswordRule.isCommon("QWERTYUIOP")).as("capitals don't help").isTrue();
		assertThat(PasswordRule.isCommon("unrelated words stapled")).isFalse();
	}

	@Test
	void refusesShortBlankRepeatedAndCommonPasswordsButAsksForNoCompositionRules() {
		assertThat(PasswordRule.check("123456789")).contains(PasswordRule.Problem.TOO_SHORT);
		assertThat(PasswordRule.check("          ")).contains(PasswordRule.Problem.ONLY_SPACES);
		assertThat(PasswordRule.check("\t\u00A0\u3000        ")).contains(PasswordRule.Problem.ONLY_SPACES);
		assertThat(PasswordRule.check("zzzzzzzzzzzz")).contains(PasswordRule.Problem.REPEATED);
		assertThat(PasswordRule.check("1234567890")).contains(PasswordRule.Problem.COMMON);
		assertThat(PasswordRule.check("x".repeat(129) + "y")).contains(PasswordRule.Problem.TOO_LONG);
		assertThat(PasswordRule.check("all lower case words")).isEmpty();
		assertThat(PasswordRule.check("🙂🙃🙂🙃🙂🙃🙂🙃🙂🙃")).as("ten characters, twenty UTF-16 units").isEmpty();
		assertThat(PasswordRule.check("🙂🙃🙂🙃🙂")).as("five characters").contains(PasswordRule.Problem.TOO_SHORT);
	}

	@Test
	void eachFailureAfterTheFreeOnesDoublesTheWaitUpToTheCap() {
		ThrottlePolicy account = ThrottlePolicy.ACCOUNT;
		assertThat(account.delayAfter(account.free())).isZero();
		assertThat(account.delayAfter(account.free() + 1)).isEqualTo(Duration.ofSeconds(1));
		assertThat(account.delayAfter(account.free() + 2)).isEqualTo(Duration.ofSeconds(2));
		assertThat(account.delayAfter(account.free() + 5)).isEqualTo(Duration.ofSeconds(16));
		assertThat(account.delayAfter(account.free() + 40)).isEqualTo(Duration.ofMinutes(15));
		assertThat(account.delayAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(15));
	}

	@Test
	void emailAddressesNeedANameAnAtAndADomain() {
		assertThat(EmailAddress.Validator.isAddress("person@example.org")).isTrue();
		assertThat(EmailAddress.Validator.isAddress("zoë+back@exämple.co.uk")).isTrue();
		assertThat(EmailAddress.Validator.isAddress("a@b")).isFalse();
		assertThat(EmailAddress.Validator.isAddress("a@b.c")).isFalse();
		assertThat(EmailAddress.Validator.isAddress("a.@example.org")).isFalse();
		assertThat(EmailAddress.Validator.isAddress("\"quoted\"@example.org")).isFalse();
		assertThat(EmailAddress.Validator.isAddress("x".repeat(65) + "@example.org")).isFalse();
	}

}
