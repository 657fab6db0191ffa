package app.limber.sheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.PageSizeUnits;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import org.apache.pdfbox.pdmodel.PDDocument;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.ISpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;

import app.limber.catalogue.Figures;
import app.limber.routine.RoutineView;
import app.limber.system.Weeks;

/**
 * Routine sheets to print or pin on a wall: the page, and the same page as a PDF made on the server from the same
 * template and stylesheet, with its fonts embedded and a QR code that opens the guided session.
 */
@Service
public class Sheets {

	static final String TEMPLATE = "sheet/sheet";

	/** DejaVu Sans (free licence, see fonts/LICENSE-DejaVu.txt); the stylesheet names it after the system fonts. */
	static final String FONT_FAMILY = "DejaVu Sans";

	private static final int FILE_NAME_MAX_LENGTH = 60;

	private static final Map<String, byte[]> FONTS = new ConcurrentHashMap<>();

	private final ISpringTemplateEngine templates;

	private final ApplicationContext applicationContext;

	private final Clock clock;

	private final Figures figures;

	Sheets(ISpringTemplateEngine templates, ApplicationContext applicationContext, Clock clock, Figures figures) {
		this.templates = templates;
		this.applicationContext = applicationContext;
		this.clock = clock;
		this.figures = figures;
		PdfRendererLogging.install();
	}

	/** The sheet for a page served at {@code appUrl}: the page loads its QR code from the app. */
	public Sheet page(RoutineView routine, String appUrl, Locale locale) {
		return sheet(routine, appUrl, locale, false);
	}

	/**
	 * The sheet as a PDF on the given paper. {@code request} and {@code response} are those of the call asking for
	 * it: the template is rendered as the page is, with the same messages, links and locale.
	 */
	public byte[] pdf(RoutineView routine, String appUrl, Paper paper, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		Sheet sheet = sheet(routine, appUrl, locale, true);
		WebContext context = new WebContext(
				JakartaServletWebApplication.buildApplication(request.getServletContext())
					.buildExchange(request, response),
				locale);
		context.setVariable("routine", routine);
		context.setVariable("sheet", sheet);
		context.setVariable("pdf", true);
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.applicationContext, null));
		String html = this.templates.process(TEMPLATE, context);
		return render(xmlSafe(html), new StaticFiles(appUrl, this.figures), paper, locale);
	}

	/**
	 * The renderer parses the page as XML 1.0, which has no way at all to write some characters (NUL and other
	 * controls, lone surrogates, U+FFFE, U+FFFF): each becomes U+FFFD, so text stored before names were cleaned on
	 * the way in still prints instead of failing the whole sheet.
	 */
	static String xmlSafe(String text) {
		StringBuilder safe = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean ok;
			int width = 1;
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				ok = true;
				width = 2;
			}
			else {
				ok = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
			}
			if (!ok && safe == null) {
				safe = new StringBuilder(text.length()).append(text, 0, i);
			}
			if (safe != null) {
				if (ok) {
					safe.append(text, i, i + width);
				}
				else {
					safe.append('\uFFFD');
				}
			}
			i += width - 1;
		}
		return (safe != null) ? safe.toString() : text;
	}

	/** The QR code that opens the routine's guided session, as a PNG. */
	public byte[] qrCode(RoutineView routine, String appUrl) {
		return QrCodes.png(sessionUrl(routine, appUrl));
	}

	/**
	 * A download name from the routine's name: "Morning back routine" is {@code morning-back-routine.pdf}. Only
	 * letters and digits survive (accents included), so no name can smuggle in a path, a quote or a header.
	 */
	public static String fileName(String routineName) {
		String words = Normalizer.normalize(routineName, Normalizer.Form.NFC)
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^\\p{L}\\p{N}]+", "-")
			.replaceAll("^-+|-+$", "");
		if (words.length() > FILE_NAME_MAX_LENGTH) {
			words = words.substring(0, FILE_NAME_MAX_LENGTH).replaceAll("-+$", "");
		}
		return (words.isEmpty() ? "limber-routine" : words) + ".pdf";
	}

	static String sessionUrl(RoutineView routine, String appUrl) {
		return appUrl + "/routines/" + routine.id() + "/session";
	}

	static String shortUrl(RoutineView routine, String appUrl) {
		return appUrl + "/r/" + ShortLinks.code(routine.id());
	}

	private Sheet sheet(RoutineView routine, String appUrl, Locale locale, boolean forPdf) {
		String session = sessionUrl(routine, appUrl);
		return new Sheet(routine, session, shortUrl(routine, appUrl), forPdf ? QrCodes.pngDataUri(session) : null,
				LocalDate.now(this.clock), days(locale));
	}

	/** The days of the week, short, in the locale's order (as the history's calendar has them): see {@link Weeks}. */
	static List<String> days(Locale locale) {
		return Weeks.days(locale).stream().map((day) -> day.getDisplayName(TextStyle.SHORT, locale)).toList();
	}

	private static byte[] render(String html, StaticFiles files, Paper paper, Locale locale) {
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		// The document's language (its /Lang), for screen readers and read-aloud, as the page's <html lang> says.
		PDDocument document = new PDDocument();
		document.getDocumentCatalog().setLanguage(locale.toLanguageTag());
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.usePDDocument(document)
			.useFastMode()
			.useSVGDrawer(new BatikSVGDrawer())
			.useHttpStreamImplementation(files)
			.useDefaultPageSize(paper.widthMm(), paper.heightMm(), PageSizeUnits.MM)
			.useFont(() -> font("fonts/DejaVuSans.ttf"), FONT_FAMILY, 400, FontStyle.NORMAL, true)
			.useFont(() -> font("fonts/DejaVuSans-Bold.ttf"), FONT_FAMILY, 700, FontStyle.NORMAL, true)
			.withHtmlContent(html, files.baseUri())
			.withProducer("Limber")
			.toStream(pdf);
		try {
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Couldn't make the routine sheet PDF", ex);
		}
		return pdf.toByteArray();
	}

	/** Read from the jar once: each PDF embeds the parts of the fonts it uses. */
	private static InputStream font(String path) {
		return new ByteArrayInputStream(FONTS.computeIfAbsent(path, (name) -> {
			try (InputStream in = new ClassPathResource(name).getInputStream()) {
				return in.readAllBytes();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("The sheet's font " + name + " is missing", ex);
			}
		}));
	}

}
