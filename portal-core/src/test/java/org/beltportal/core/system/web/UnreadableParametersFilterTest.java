package org.beltportal.core.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Parameters the container cannot decode: Tomcat then throws an IllegalStateException from every
 * getParameter call, which the requests below do as Tomcat does, with the raw query string it saw.
 */
class UnreadableParametersFilterTest {

    final JsonMapper json = JsonMapper.builder().build();
    final UnreadableParametersFilter filter = new UnreadableParametersFilter(new ApiErrorWriter(json));

    /** A request whose parameters the container could not decode, as Tomcat 11 answers it. */
    private static MockHttpServletRequest unreadable(String path, String queryString) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path) {
            @Override
            public Map<String, String[]> getParameterMap() {
                throw new IllegalStateException("Character decoding failed");
            }
        };
        request.setQueryString(queryString);
        return request;
    }

    private MockHttpServletResponse run(MockHttpServletRequest request, MockFilterChain chain) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, chain);
        return response;
    }

    @Test
    void apiRequestWithMalformedUtf8Is400JsonNamingTheParameter() throws Exception {
        for (String bad : new String[] {"%ff%fe", "%ed%a0%80", "%c0%af", "%e4%b8", "%", "%zz", "a%2"}) {
            MockFilterChain chain = new MockFilterChain();
            MockHttpServletResponse response = run(unreadable("/t/zhili/api/v1/search", "size=5&q=" + bad + "&sort=newest"), chain);

            assertThat(response.getStatus()).as(bad).isEqualTo(400);
            JsonNode body = json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
            assertThat(body.get("error").asString()).isEqualTo("bad_request");
            assertThat(body.get("details").get(0).get("field").asString()).as(bad).isEqualTo("q");
            assertThat(chain.getRequest()).as("nothing after the filter runs").isNull();
        }
    }

    @Test
    void aMalformedNameIsNamedAsWellAsItCanBe() throws Exception {
        MockHttpServletResponse response = run(unreadable("/api/v1/national/search", "x%ff=1"), new MockFilterChain());

        JsonNode body = json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(body.get("details").get(0).get("field").asString()).isEqualTo("x\uFFFD");
    }

    @Test
    void unreadableParametersOutsideTheQueryStringAre400WithoutAField() throws Exception {
        // A form body with malformed UTF-8, or more parameters than the container takes.
        MockHttpServletResponse response = run(unreadable("/admin/api/v1/tokens", "a=1&b=2"), new MockFilterChain());

        assertThat(response.getStatus()).isEqualTo(400);
        JsonNode body = json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(body.get("error").asString()).isEqualTo("bad_request");
        assertThat(body.has("details")).isFalse();
    }

    @Test
    void pageRequestGetsTheErrorPageWith400() throws Exception {
        MockFilterChain chain = new MockFilterChain();
        MockHttpServletResponse response = run(unreadable("/t/zhili/search", "q=%ff%fe"), chain);

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.isCommitted()).isTrue();
        assertThat(chain.getRequest()).isNull();
    }

    @Test
    void readableParametersPassThrough() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/t/zhili/api/v1/search");
        request.setQueryString("q=%E8%A2%9C%E5%AD%90+x");
        request.addParameter("q", "袜子 x");
        MockFilterChain chain = new MockFilterChain();

        MockHttpServletResponse response = run(request, chain);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(chain.getRequest()).isSameAs(request);
    }

    @Test
    void multipartUploadsAreLeftToTheirController() throws Exception {
        MockHttpServletRequest request = unreadable("/admin/api/v1/tenants/zhili/products/import", "x=%ff");
        request.setMethod("POST");
        request.setContentType("multipart/form-data; boundary=b");
        MockFilterChain chain = new MockFilterChain();

        run(request, chain);

        assertThat(chain.getRequest()).isSameAs(request);
    }
}
