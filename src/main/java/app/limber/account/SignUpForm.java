package app.limber.account;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public class SignUpForm {

	@NotBlank
	@EmailAddress
	@Size(max = 254)
	private String email;

	@AcceptablePassword
	private String password = "";

	private String confirmPassword = "";

	private boolean remember = true;

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = (password != null) ? password : "";
	}

	public String getConfirmPassword() {
		return this.confirmPassword;
	}

	public void setConfirmPassword(String confirmPassword) {
		this.confirmPassword = (confirmPassword != null) ? confirmPassword : "";
	}

	public boolean isRemember() {
		return this.remember;
	}

	public void setRemember(boolean remember) {
		this.remember = remember;
	}

	@AssertTrue
	public boolean isConfirmPasswordMatching() {
		return this.password.equals(this.confirmPassword);
	}

}
