package app.limber.account;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import app.limber.owner.OwnerKeys;
import app.limber.system.FormPage;
import app.limber.system.Durations;
import app.limber.system.UserText;

/** Sign-up and sign-in pages, and "your data": download it all or delete it all, signed in or not. */
@Controller
class AccountController {

	private final Accounts accounts;

	private final OwnerKeys owners;

	private final Durations durations;

	AccountController(Accounts accounts, OwnerKeys owners, Durations durations) {
		this.accounts = accounts;
		this.owners = owners;
		this.durations = durations;
	}

	@InitBinder("form")
	void allowedFields(WebDataBinder binder) {
		binder.setAllowedFields("email", "password", "confirmPassword", "remember");
		// A password is kept exactly as typed; every other text is cleaned on the way in (UserTextBinding).
		binder.registerCustomEditor(String.class, "password", UserText.asTyped());
		binder.registerCustomEditor(String.class, "confirmPassword", UserText.asTyped());
	}

	@GetMapping("/signin")
	String signIn(@RequestParam(defaultValue = "") String problem, @RequestParam(defaultValue = "0") int seconds,
			Model model) {
		model.addAttribute("failed", "failed".equals(problem));
		if ("wait".equals(problem)) {
			model.addAttribute("wait", Math.max(1, Math.min(seconds, (int) ThrottlePolicy.ACCOUNT.max().toSeconds())));
		}
		return "account/signin";
	}

	@GetMapping("/signup")
	String signUpForm(Model model) {
		model.addAttribute("form", new SignUpForm());
		return "account/signup";
	}

	@PostMapping("/signup")
	@FormPage("/signup")
	String signUp(@Valid @ModelAttribute("form") SignUpForm form, BindingResult result, HttpServletRequest request,
			HttpServletResponse response) {
		if (result.hasErrors()) {
			form.setPassword("");
			form.setConfirmPassword("");
			return "account/signup";
		}
		try {
			UUID owner = this.accounts.signUp(form.getEmail(), form.getPassword(), this.owners.current(request),
					request.getRemoteAddr());
			this.owners.issueKey(owner, form.isRemember(), request, response);
		}
		catch (TriesThrottledException ex) {
			result.rejectValue("email", "wait", new Object[] { this.durations.words(ex.seconds()) }, null);
			form.setPassword("");
			form.setConfirmPassword("");
			return "account/signup";
		}
		catch (EmailTakenException ex) {
			result.rejectValue("email", "taken");
			form.setPassword("");
			form.setConfirmPassword("");
			return "account/signup";
		}
		return "redirect:/routines?notice=signedUp";
	}

	@GetMapping("/account")
	String account(HttpServletRequest request, Model model) {
		Optional<UUID> owner = this.owners.current(request);
		model.addAttribute("hasData", owner.isPresent());
		model.addAttribute("email", owner.flatMap(this.accounts::emailOf).orElse(null));
		return "account/account";
	}

	/** Everything Limber keeps about the caller, as a JSON download. */
	@GetMapping("/account/export")
	ResponseEntity<Map<String, Object>> export(HttpServletRequest request) {
		Map<String, Object> data = this.owners.current(request).map(this.owners::export).orElse(Map.of());
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("limber-my-data.json").build().toString())
			.body(data);
	}

	@PostMapping("/account/delete")
	String delete(@RequestParam(defaultValue = "false") boolean confirm, HttpServletRequest request,
			HttpServletResponse response) {
		if (!confirm) {
			return "redirect:/account?problem=confirm";
		}
		this.owners.current(request).ifPresent(this.owners::deleteEverything);
		this.owners.revoke(request, response);
		return "redirect:/?notice=deleted";
	}

}
