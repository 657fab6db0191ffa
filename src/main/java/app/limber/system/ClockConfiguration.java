package app.limber.system;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	/** One clock for dates and streaks, so tests can fix "today". */
	@Bean
	Clock clock() {
		return Clock.systemDefaultZone();
	}

}
