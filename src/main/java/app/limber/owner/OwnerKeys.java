package app.limber.owner;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ownership without sign-up. The first time a browser saves something it gets an owner key: 256 random bits in an
 * HttpOnly, SameSite=Lax cookie that lasts two years (Secure over HTTPS). The server keeps only the key's SHA-256
 * hash, so a copy of the database hands nobody a working key. Signing in gives the browser a key to the account's
 * owner instead. Nothing is kept in memory: any instance resolves any key.
 */
@Service
public class OwnerKeys {

	static final String COOKIE = "limber_owner";

	/** Request attribute holding the owner resolved for this request. */
	private static final String CURRENT = OwnerKeys.class.getName() + ".current";

	static final Duration REMEMBERED = Duration.ofDays(730);

	/** A sign-in without "remember me" lasts the browser session, and at most this long on the server. */
	static final Duration NOT_REMEMBERED = Duration.ofHours(12);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final OwnerRepository owners;

	private final OwnerKeyRepository keys;

	private final List<OwnedData> ownedData;

	private final Clock clock;

	OwnerKeys(OwnerRepository owners, OwnerKeyRepository keys, List<OwnedData> ownedData, Clock clock) {
		this.owners = owners;
		this.keys = keys;
		this.ownedData = ownedData;
		this.clock = clock;
	}

	/**
	 * The caller's owner id, if their browser has a valid owner key. Looked up once per request (security asks, then
	 * the controller): the answer is kept on the request until this request issues or revokes a key. No transaction
	 * of its own: a visitor without a key (most catalogue visits) costs no database connection, and one with a key a
	 * single read.
	 */
	@SuppressWarnings("unchecked")
	public Optional<UUID> current(HttpServletRequest request) {
		Object known = request.getAttribute(CURRENT);
		if (known instanceof Optional<?> owner) {
			return (Optional<UUID>) owner;
		}
		Instant now = this.clock.instant();
		Optional<UUID> owner = presentedKey(request).flatMap((key) -> this.keys.findById(hash(key)))
			.filter((key) -> key.isValidAt(now))
			.map(OwnerKey::getOwnerId);
		request.setAttribute(CURRENT, owner);
		return owner;
	}

	/** The caller's owner id, giving their browser a new owner key first if it has none. */
	@Transactional
	public UUID currentOrNew(HttpServletRequest request, HttpServletResponse response) {
		Optional<UUID> existing = current(request);
		if (existing.isPresent()) {
			return existing.get();
		}
		Owner owner = this.owners.save(new Owner(this.clock.instant()));
		issueKey(owner.getId(), true, request, response);
		return owner.getId();
	}

	/** A new owner with no browser key yet, e.g. for an account signed up from a fresh browser. */
	@Transactional
	public UUID newOwner() {
		return this.owners.save(new Owner(this.clock.instant())).getId();
	}

	/** Gives this browser a key to {@code owner}, replacing the key it had. */
	@Transactional
	public void issueKey(UUID owner, boolean remember, HttpServletRequest request, HttpServletResponse response) {
		presentedKey(request).ifPresent((old) -> this.keys.deleteByKeyHash(hash(old)));
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String key = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		Instant now = this.clock.instant();
		this.keys.save(new OwnerKey(hash(key), owner, now, remember ? null : now.plus(NOT_REMEMBERED)));
		ResponseCookie.ResponseCookieBuilder cookie = ResponseCookie.from(COOKIE, key)
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Lax")
			.path("/");
		if (remember) {
			cookie.maxAge(REMEMBERED);
		}
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.build().toString());
		request.setAttribute(CURRENT, Optional.of(owner));
	}

	/** Forgets this browser's key (sign out): its cookie is cleared and its hash deleted. */
	@Transactional
	public void revoke(HttpServletRequest request, HttpServletResponse response) {
		presentedKey(request).ifPresent((key) -> this.keys.deleteByKeyHash(hash(key)));
		request.setAttribute(CURRENT, Optional.empty());
		response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(COOKIE, "")
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Lax")
			.path("/")
			.maxAge(0)
			.build()
			.toString());
	}

	/** Moves everything one owner has to another: an anonymous browser's data into the account it signs in to. */
	@Transactional
	public void merge(UUID from, UUID into) {
		if (from.equals(into)) {
			return;
		}
		this.ownedData.forEach((data) -> data.moveAll(from, into));
		this.keys.deleteByOwnerId(from);
		this.owners.deleteById(from);
	}

	/** Everything Limber keeps about an owner, by part (routines, history, account, ...). */
	@Transactional(readOnly = true)
	public Map<String, Object> export(UUID owner) {
		Map<String, Object> export = new TreeMap<>();
		this.ownedData.forEach((data) -> export.put(data.exportName(), data.export(owner)));
		return export;
	}

	/** Removes everything of an owner, its keys and the owner itself. */
	@Transactional
	public void deleteEverything(UUID owner) {
		this.ownedData.forEach((data) -> data.deleteAll(owner));
		this.keys.deleteByOwnerId(owner);
		this.owners.deleteById(owner);
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
