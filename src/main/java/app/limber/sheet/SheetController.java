package app.limber.sheet;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;

import app.limber.owner.OwnerKeys;
import app.limber.routine.RoutineIds;
import app.limber.routine.RoutineNotFoundException;
import app.limber.routine.RoutineView;
import app.limber.routine.Routines;
import app.limber.system.PublicUrl;

/** The printable sheet of a routine, as a page and as a PDF, its QR code, and the short link printed on it. */
@Controller
class SheetController {

	private final Routines routines;

	private final OwnerKeys owners;

	private final Sheets sheets;

	private final SheetPdfCache pdfs;

	private final PublicUrl publicUrl;

	SheetController(Routines routines, OwnerKeys owners, Sheets sheets, SheetPdfCache pdfs, PublicUrl publicUrl) {
		this.routines = routines;
		this.owners = owners;
		this.sheets = sheets;
		this.pdfs = pdfs;
		this.publicUrl = publicUrl;
	}

	@GetMapping("/routines/{id}/sheet")
	String sheet(@PathVariable String id, HttpServletRequest request, Locale locale, Model model) {
		RoutineView routine = routine(id, request);
		model.addAttribute("routine", routine);
		model.addAttribute("sheet", this.sheets.page(routine, appUrl(), locale));
		model.addAttribute("pdf", false);
		return "sheet/sheet";
	}

	@GetMapping("/routines/{id}/sheet.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String id, @RequestParam(required = false) Paper paper,
			HttpServletRequest request, HttpServletResponse response, Locale locale, WebRequest webRequest) {
		RoutineView routine = routine(id, request);
		Paper sheetPaper = (paper != null) ? paper : Paper.forLocale(locale);
		String appUrl = appUrl();
		// Made once per version of the routine (and paper, language, day); a repeat download is a 304.
		SheetPdfCache.Key key = this.pdfs.key(routine, sheetPaper, locale, appUrl);
		String etag = this.pdfs.etag(key);
		if (webRequest.checkNotModified(etag)) {
			return null;
		}
		byte[] pdf = this.pdfs.get(key, () -> this.sheets.pdf(routine, appUrl, sheetPaper, locale, request, response));
		ContentDisposition download = ContentDisposition.attachment()
			.filename(Sheets.fileName(routine.name()), StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, download.toString())
			.cacheControl(CacheControl.noCache().cachePrivate())
			.eTag(etag)
			.body(pdf);
	}

	@GetMapping("/routines/{id}/qr.png")
	ResponseEntity<byte[]> qrCode(@PathVariable String id, HttpServletRequest request) {
		RoutineView routine = routine(id, request);
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePrivate())
			.body(this.sheets.qrCode(routine, appUrl()));
	}

	/** The short link printed under the QR code: straight to the guided session. */
	@GetMapping("/r/{code}")
	String shortLink(@PathVariable String code) {
		UUID id = ShortLinks.id(code).orElseThrow(() -> new RoutineNotFoundException(code));
		return "redirect:/routines/" + id + "/session";
	}

	private RoutineView routine(String id, HttpServletRequest request) {
		return this.routines.get(RoutineIds.parse(id), this.owners.current(request));
	}

	/** The app's public address, e.g. {@code https://limber.example} (never the request's Host header once set). */
	private String appUrl() {
		return this.publicUrl.get();
	}

}
