package app.limber.sheet;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import app.limber.owner.OwnerKeys;
import app.limber.routine.Focus;
import app.limber.routine.Level;
import app.limber.routine.RoutineRequest;
import app.limber.routine.RoutineView;
import app.limber.routine.Routines;
import app.limber.routine.Setting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/** A routine's PDF is made once per version and paper; a repeat download is a 304, an edit makes a new one. */
@SpringBootTest
@AutoConfigureMockMvc
class SheetPdfCacheTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private OwnerKeys owners;

	@Autowired
	private Routines routines;

	@MockitoSpyBean
	private Sheets sheets;

	private UUID owner;

	private RoutineView build(String name) {
		this.owner = this.owners.currentOrNew(new MockHttpServletRequest(), new MockHttpServletResponse());
		return this.routines.build(this.owner,
				new RoutineRequest(10, Focus.TIGHT, Level.BEGINNER, Setting.FLOOR, Set.of(), Set.of()), name);
	}

	private MvcTestResult pdf(RoutineView routine, String paper, String... ifNoneMatch) {
		var request = this.mvc.get().uri("/routines/" + routine.id() + "/sheet.pdf?paper=" + paper);
		if (ifNoneMatch.length > 0) {
			request.header(HttpHeaders.IF_NONE_MATCH, ifNoneMatch[0]);
		}
		return request.exchange();
	}

	@Test
	void theSamePdfIsMadeOnceForEachPaper() {
		RoutineView routine = build("Kept once");
		byte[] first = pdf(routine, "a4").getResponse().getContentAsByteArray();
		byte[] again = pdf(routine, "a4").getResponse().getContentAsByteArray();
		byte[] letter = pdf(routine, "letter").getResponse().getContentAsByteArray();

		assertThat(again).isEqualTo(first);
		assertThat(letter).isNotEqualTo(first);
		verify(this.sheets, times(1)).pdf(any(), any(), eq(Paper.A4), any(), any(), any());
		verify(this.sheets, times(1)).pdf(any(), any(), eq(Paper.LETTER), any(), any(), any());
	}

	@Test
	void aRepeatDownloadIsNotModifiedUntilTheRoutineChanges() {
		RoutineView routine = build("Before the edit");
		MvcTestResult first = pdf(routine, "a4");
		assertThat(first).hasStatusOk();
		String etag = first.getResponse().getHeader(HttpHeaders.ETAG);
		assertThat(etag).isNotBlank();

		MvcTestResult again = pdf(routine, "a4", etag);
		assertThat(again).hasStatus(304);
		assertThat(again.getResponse().getContentAsByteArray()).isEmpty();
		assertThat(pdf(routine, "letter", etag)).hasStatusOk();

		this.routines.rename(routine.id(), this.owner, "After the edit");
		MvcTestResult edited = pdf(routine, "a4", etag);
		assertThat(edited).hasStatusOk();
		assertThat(edited.getResponse().getHeader(HttpHeaders.ETAG)).isNotEqualTo(etag);
		assertThat(Pdfs.text(edited.getResponse().getContentAsByteArray())).contains("After the edit")
			.doesNotContain("Before the edit");
	}

}
