package app.limber.account;

import java.time.Instant;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import app.limber.owner.OwnedData;

/** The account part of "Download my data" and "Delete my data". The password hash is never exported. */
@Component
class AccountOwnedData implements OwnedData {

	private final AccountRepository accounts;

	AccountOwnedData(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	public String exportName() {
		return "account";
	}

	@Override
	@Transactional(readOnly = true)
	public Object export(UUID owner) {
		return this.accounts.findByOwnerId(owner).map((account) -> new ExportedAccount(account.getEmail(),
				account.getCreatedAt())).orElse(null);
	}

	@Override
	public void moveAll(UUID from, UUID to) {
		// An anonymous owner has no account to move; an account is never merged into another.
	}

	@Override
	@Transactional
	public void deleteAll(UUID owner) {
		this.accounts.deleteByOwner(owner);
	}

	record ExportedAccount(String email, Instant createdAt) {
	}

}
