package org.beltportal.admin.console;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.utility.DeepUnwrap;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.beltportal.admin.security.PortalUser;
import org.beltportal.core.tenant.Tenant;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;

/**
 * Renders console pages: the handler's model plus what the layout needs (language, labels, CSRF field, the
 * signed-in user, the belt's navigation). The page is rendered into a string first, so a failing template
 * answers a clean error instead of half a page.
 */
public class ConsolePages {

    /** The model attribute naming the belt a page is about; the layout then shows that belt's navigation. */
    public static final String BELT = "belt";
    /** Times as people read them, in the belt's time zone (UTC on pages about no belt); valid in {@code <time>}. */
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ConsoleTemplates templates = new ConsoleTemplates();
    private final ConsoleMessages messages = new ConsoleMessages();
    private final ServiceMessages said = new ServiceMessages(messages.source());
    private final List<ConsoleScreen> screens;

    ConsolePages(List<ConsoleScreen> screens) {
        this.screens = List.copyOf(screens);
    }

    /** A page for a handler to return: {@code console/<template>.ftlh} with {@code model}. */
    public ModelAndView page(String template, Map<String, ?> model) {
        return new ModelAndView(view(template), model);
    }

    /** The same with a status other than 200. */
    public ModelAndView page(HttpStatus status, String template, Map<String, ?> model) {
        ModelAndView page = page(template, model);
        page.setStatus(status);
        return page;
    }

    /** A list's {@code ?page=}: 1-based as people count; anything else than a page number shows the first page. */
    public static int pageNumber(String page) {
        try {
            int number = Integer.parseInt(page);
            return number < 1 || number > 1_000_000 ? 1 : number;
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }

    /** Writes a page outside Spring MVC (a security filter's answer, such as a throttled login). */
    public void write(int status, String template, Map<String, ?> model, HttpServletRequest request,
                      HttpServletResponse response) throws IOException {
        String html = render(template, model, request, response);
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(html);
    }

    private View view(String template) {
        return new View() {
            @Override
            public String getContentType() {
                return "text/html;charset=UTF-8";
            }

            @Override
            public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response) throws IOException {
                String html = ConsolePages.this.render(template, model == null ? Map.of() : model, request, response);
                response.setContentType(getContentType());
                response.getWriter().write(html);
            }
        };
    }

    private String render(String template, Map<String, ?> model, HttpServletRequest request, HttpServletResponse response) {
        ConsoleLocale locale = ConsoleLocale.of(request, response);
        Map<String, Object> all = new HashMap<>(model);
        String base = request.getContextPath();
        all.put("base", base);
        all.put("assets", base + ConsoleWebConfiguration.PATH);
        all.put("htmx", base + ConsoleWebConfiguration.HTMX);
        all.put("echarts", base + ConsoleWebConfiguration.ECHARTS);
        all.put("lang", locale.tag());
        all.put("otherLang", Map.of("tag", locale.other().tag(), "href", base + switchTo(locale.other(), request)));
        all.put("t", messages.in(locale));
        // said(message): a service's problem message (English, as the API sends it) in the page's language.
        all.put("said", (TemplateMethodModelEx) arguments -> said.in(locale,
                arguments.isEmpty() ? null : String.valueOf(DeepUnwrap.unwrap((TemplateModel) arguments.getFirst()))));
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        // A program calling with a token and no session posts no forms: reading the token would start a session.
        boolean program = request.getHeader(HttpHeaders.AUTHORIZATION) != null && request.getSession(false) == null;
        if (csrf != null && !program) {
            all.put("csrf", Map.of("name", csrf.getParameterName(), "token", csrf.getToken()));
        }
        PortalUser user = signedIn();
        if (user != null) {
            all.put("user", Map.of("username", user.username(), "platformAdmin", user.isPlatformAdmin(),
                    "regionalAdmin", user.isRegionalAdmin()));
        }
        ZoneId zone = model.get(BELT) instanceof Tenant belt ? belt.zone() : ZoneOffset.UTC;
        all.put("when", (TemplateMethodModelEx) arguments -> arguments.size() == 1
                && DeepUnwrap.unwrap((TemplateModel) arguments.getFirst()) instanceof Instant instant
                ? WHEN.format(instant.atZone(zone)) : "");
        if (user != null && model.get(BELT) instanceof Tenant belt) {
            String current = request.getRequestURI().substring(base.length());
            List<ConsoleScreen> shown = screens.stream().filter(screen -> screen.shownTo(user, belt)).toList();
            all.put("navSections", BeltNavigation.of(shown, belt, base, current));
            BeltNavigation.here(shown, belt, current).ifPresent(here -> all.put("navHere", here.labelKey()));
        }
        StringWriter out = new StringWriter();
        templates.render(template, all, out);
        return out.toString();
    }

    /**
     * The same address in the other language: the path and its query without {@code lang}. Only a GET's query
     * is kept: a page answering a POST (a throttled login) must not copy the form, with its password, into a link.
     */
    private static String switchTo(ConsoleLocale other, HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = "GET".equals(request.getMethod()) && request.getQueryString() != null ? request.getQueryString() : "";
        String kept = Arrays.stream(query.split("&"))
                .filter(pair -> !pair.isEmpty() && !pair.equals(ConsoleLocale.PARAMETER)
                        && !pair.startsWith(ConsoleLocale.PARAMETER + "="))
                .collect(Collectors.joining("&"));
        return path + "?" + (kept.isEmpty() ? "" : kept + "&") + ConsoleLocale.PARAMETER + "=" + other.tag();
    }

    private static PortalUser signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof PortalUser user ? user : null;
    }
}
