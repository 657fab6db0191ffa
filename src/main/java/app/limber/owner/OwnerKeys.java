package app.limber.owner;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Anonymous ownership. The first time a browser saves something it gets an owner key: 256 random bits in an
 * HttpOnly, SameSite=Lax cookie that lasts two years. The server keeps only the key's SHA-256 hash, so a copy of
 * the database hands nobody a working key. Any instance can resolve the cookie: nothing is kept in memory.
 */
@Service
public class OwnerKeys {

	static final String COOKIE = "limber_owner";

	static final Duration LIFETIME = Duration.ofDays(730);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final OwnerRepository owners;

	private final Clock clock;

	OwnerKeys(OwnerRepository owners, Clock clock) {
		this.owners = owners;
		this.clock = clock;
	}

	/** The caller's owner id, if their browser has a valid owner key. */
	@Transactional(readOnly = true)
	public Optional<UUID> current(HttpServletRequest request) {
		return presentedKey(request).flatMap((key) -> this.owners.findByKeyHash(hash(key))).map(Owner::getId);
	}

	/** The caller's owner id, giving their browser a new owner key first if it has none. */
	@Transactional
	public UUID currentOrNew(HttpServletRequest request, HttpServletResponse response) {
		Optional<UUID> existing = current(request);
		if (existing.isPresent()) {
			return existing.get();
		}
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String key = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		Owner owner = this.owners.save(new Owner(hash(key), this.clock.instant()));
		ResponseCookie cookie = ResponseCookie.from(COOKIE, key)
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Lax")
			.path("/")
			.maxAge(LIFETIME)
			.build();
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
		return owner.getId();
	}

	private static Optional<String> presentedKey(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return Optional.empty();
		}
		for (Cookie cookie : cookies) {
			if (COOKIE.equals(cookie.getName()) && cookie.getValue() != null && !cookie.getValue().isBlank()
					&& cookie.getValue().length() <= 100) {
				return Optional.of(cookie.getValue());
			}
		}
		return Optional.empty();
	}

	static String hash(String key) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java has SHA-256", ex);
		}
	}

}
