package app.limber.system;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The server's CPU time per page, with every filter, security and the template, but without the network: the
 * thread's own CPU time, so a machine busy with other work changes it much less than it changes req/s. It compares
 * one commit with another; the figure against spring-petclinic is scripts/bench.sh's. Not part of {@code verify}:
 * {@code ./mvnw test -Dgroups=benchmark -DexcludedGroups= -Djacoco.skip=true -Dtest=PageRenderBenchmarkTests} (without
 * the coverage agent, which instruments every class and would be measured too).
 */
@Tag("benchmark")
@SpringBootTest
@AutoConfigureMockMvc
class PageRenderBenchmarkTests {

	private static final int WARM_UP = 800;

	private static final int MEASURED = 500;

	@Autowired
	private MockMvc mvc;

	@Test
	void cpuTimePerPage() throws Exception {
		MvcResult built = this.mvc.perform(post("/api/routines").contentType(MediaType.APPLICATION_JSON)
			.content("{\"minutes\":15,\"focus\":\"tight\"}")).andReturn();
		Cookie owner = built.getResponse().getCookie("limber_owner");
		String id = built.getResponse().getContentAsString().replaceAll("(?s).*\"id\":\"([^\"]+)\".*", "$1");
		Map<String, RequestBuilder> pages = new LinkedHashMap<>();
		pages.put("/exercises", get("/exercises").accept(MediaType.TEXT_HTML));
		pages.put("/exercises/{slug}", get("/exercises/cat-cow").accept(MediaType.TEXT_HTML));
		pages.put("owner's /routines/{id}", get("/routines/" + id).cookie(owner).accept(MediaType.TEXT_HTML));
		pages.put("/routines/{id}/session", get("/routines/" + id + "/session").accept(MediaType.TEXT_HTML));
		pages.put("/signin", get("/signin").accept(MediaType.TEXT_HTML));
		// -Dbench.pages=exercises,session measures only the pages whose names contain one of these words.
		String only = System.getProperty("bench.pages", "");
		if (!only.isBlank()) {
			pages.keySet().removeIf((name) -> Arrays.stream(only.split(",")).noneMatch(name::contains));
		}
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		for (Map.Entry<String, RequestBuilder> page : pages.entrySet()) {
			for (int i = 0; i < WARM_UP; i++) {
				this.mvc.perform(page.getValue());
			}
			long[] micros = new long[MEASURED];
			long bytes = 0;
			for (int i = 0; i < MEASURED; i++) {
				long start = threads.getCurrentThreadCpuTime();
				bytes += this.mvc.perform(page.getValue()).andReturn().getResponse().getContentAsByteArray().length;
				micros[i] = (threads.getCurrentThreadCpuTime() - start) / 1000;
			}
			Arrays.sort(micros);
			System.out.printf("page-cpu %-26s median %6d us  p90 %6d us  (%d bytes)%n", page.getKey(),
					micros[MEASURED / 2], micros[MEASURED * 9 / 10], bytes / MEASURED);
		}
	}

}
