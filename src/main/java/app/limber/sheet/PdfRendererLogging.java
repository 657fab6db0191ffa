package app.limber.sheet;

import java.util.logging.Level;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends OpenHTMLToPDF's log to the app's own logging (its default writes to the console through java.util.logging),
 * under logger names such as {@code com.openhtmltopdf.load}. Its chatty INFO lines become DEBUG; its notes about
 * CSS it doesn't know are DEBUG too, because the sheet's stylesheet is shared with browsers on purpose.
 */
final class PdfRendererLogging implements XRLogger {

	private PdfRendererLogging() {
	}

	/** OpenHTMLToPDF has one logger for the whole JVM; installing it again changes nothing. */
	static synchronized void install() {
		if (!(XRLog.getLoggerImpl() instanceof PdfRendererLogging)) {
			XRLog.setLoggerImpl(new PdfRendererLogging());
		}
	}

	@Override
	public void log(String where, Level level, String message) {
		log(where, level, message, null);
	}

	@Override
	public void log(String where, Level level, String message, Throwable error) {
		Logger logger = LoggerFactory.getLogger(where);
		int severity = level.intValue();
		if (severity >= Level.SEVERE.intValue()) {
			logger.error(message, error);
		}
		else if (severity >= Level.WARNING.intValue() && !XRLog.CSS_PARSE.equals(where)) {
			logger.warn(message, error);
		}
		else {
			logger.debug(message, error);
		}
	}

	@Override
	public void setLevel(String logger, Level level) {
		// Levels are set through the app's logging configuration instead.
	}

	@Override
	public boolean isLogLevelEnabled(Diagnostic diagnostic) {
		return LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere()).isDebugEnabled()
				|| diagnostic.getLevel().intValue() >= Level.WARNING.intValue();
	}

}
