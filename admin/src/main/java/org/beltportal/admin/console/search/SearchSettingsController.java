package org.beltportal.admin.console.search;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.beltportal.admin.console.ConsoleFlash;
import org.beltportal.admin.console.ConsolePages;
import org.beltportal.admin.console.ConsoleForms;
import org.beltportal.admin.security.Grant;
import org.beltportal.admin.security.Permission;
import org.beltportal.admin.security.PortalUser;
import org.beltportal.core.feed.DeadLetters;
import org.beltportal.core.job.JobService;
import org.beltportal.core.job.JobState;
import org.beltportal.core.synonym.SynonymService;
import org.beltportal.core.system.InvalidInputException;
import org.beltportal.core.system.NotFoundException;
import org.beltportal.core.tenant.Tenant;
import org.beltportal.search.index.IndexMaintenance;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /admin/belts/{slug}/search}: the belt's synonym sets, each added, edited or deleted (after a confirmation)
 * through {@link SynonymService}, which stores the sets whole as the API's PUT does, and the products the search
 * cluster refused (its dead letters), above the re-index that retries them. Sets are addressed by their
 * place in the list (1-based); each form carries the set as it was shown, so a set another person changed
 * meanwhile is not overwritten: the list comes back with a message instead.
 */
@Controller
class SearchSettingsController {

    static final String SYNONYMS = SearchSettingsScreen.PATH + "/synonyms";
    private static final String TERMS = "terms";

    /** How far back the page looks for the belt's last re-indexing. */
    static final Duration LAST_REINDEX = Duration.ofDays(30);
    /** Refused products listed; the count says when there are more. */
    static final int DEAD_LETTERS_SHOWN = 50;

    private final SynonymService synonyms;
    private final JobService jobs;
    private final DeadLetters deadLetters;
    private final ConsolePages pages;
    private final Clock clock;

    SearchSettingsController(SynonymService synonyms, JobService jobs, DeadLetters deadLetters, ConsolePages pages, Clock clock) {
        this.synonyms = synonyms;
        this.deadLetters = deadLetters;
        this.jobs = jobs;
        this.pages = pages;
        this.clock = clock;
    }

    /**
     * The settings; {@code ?terms=} fills the new set's field (the insight screen links a query that found nothing
     * here) with the query and a new line, the caret after them, so the operator only types the words it should
     * find. Nothing is saved until the form is posted.
     */
    @GetMapping(SearchSettingsScreen.PATH)
    ModelAndView settings(@AuthenticationPrincipal PortalUser user, @Grant(Permission.READ) Tenant belt,
                          @RequestParam(name = TERMS, required = false) String terms) {
        String query = terms == null ? "" : terms.strip();
        ModelAndView page = settings(user, belt, HttpStatus.OK, Map.of(), query.isEmpty() ? "" : query + "\n");
        page.addObject("termsPrefilled", !query.isEmpty());
        return page;
    }

    @PostMapping(SYNONYMS)
    ModelAndView add(@AuthenticationPrincipal PortalUser user, @Grant(Permission.CATALOG) Tenant belt,
                     @RequestParam(required = false) String terms, HttpServletRequest request) {
        List<List<String>> sets = new ArrayList<>(synonyms.sets(belt.id()));
        sets.add(SynonymSetForm.terms(terms));
        try {
            synonyms.replace(user.username(), belt.id(), sets);
            return ConsoleForms.seeOther(SearchSettingsScreen.pathOf(belt), ConsoleFlash.status("search.added"), request);
        } catch (InvalidInputException invalid) {
            return settings(user, belt, HttpStatus.UNPROCESSABLE_CONTENT, termProblems(invalid), terms);
        }
    }

    @GetMapping(SYNONYMS + "/{number}")
    ModelAndView edit(@Grant(Permission.CATALOG) Tenant belt, @PathVariable int number) {
        List<String> set = setAt(belt, number);
        return editPage(belt, number, HttpStatus.OK, Map.of(), SynonymSetForm.text(set), SynonymSetForm.text(set));
    }

    @PostMapping(SYNONYMS + "/{number}")
    ModelAndView change(@AuthenticationPrincipal PortalUser user, @Grant(Permission.CATALOG) Tenant belt,
                        @PathVariable int number, @RequestParam(required = false) String terms,
                        @RequestParam(required = false) String was, HttpServletRequest request) {
        List<List<String>> sets = new ArrayList<>(synonyms.sets(belt.id()));
        if (!shownAsItIs(sets, number, was)) {
            return changedMeanwhile(belt, request);
        }
        sets.set(number - 1, SynonymSetForm.terms(terms));
        try {
            synonyms.replace(user.username(), belt.id(), sets);
            return ConsoleForms.seeOther(SearchSettingsScreen.pathOf(belt), ConsoleFlash.status("search.changed",
                    Integer.toString(number)), request);
        } catch (InvalidInputException invalid) {
            return editPage(belt, number, HttpStatus.UNPROCESSABLE_CONTENT, termProblems(invalid), terms, was);
        }
    }

    @GetMapping(SYNONYMS + "/{number}/delete")
    ModelAndView confirmDelete(@Grant(Permission.CATALOG) Tenant belt, @PathVariable int number) {
        List<String> set = setAt(belt, number);
        return pages.page("search/delete", Map.of(ConsolePages.BELT, belt, "number", number, "set", set,
                "was", SynonymSetForm.text(set)));
    }

    @PostMapping(SYNONYMS + "/{number}/delete")
    ModelAndView delete(@AuthenticationPrincipal PortalUser user, @Grant(Permission.CATALOG) Tenant belt,
                        @PathVariable int number, @RequestParam(required = false) String was, HttpServletRequest request) {
        List<List<String>> sets = new ArrayList<>(synonyms.sets(belt.id()));
        if (!shownAsItIs(sets, number, was)) {
            return changedMeanwhile(belt, request);
        }
        sets.remove(number - 1);
        synonyms.replace(user.username(), belt.id(), sets);
        return ConsoleForms.seeOther(SearchSettingsScreen.pathOf(belt), ConsoleFlash.status("search.deleted",
                Integer.toString(number)), request);
    }

    private ModelAndView settings(PortalUser user, Tenant belt, HttpStatus status, Map<String, String> problems, String terms) {
        Map<String, Object> model = new HashMap<>();
        model.put(ConsolePages.BELT, belt);
        model.put("sets", synonyms.sets(belt.id()));
        model.put("mayEdit", user.hasAnyRole(belt.id(), Permission.CATALOG.roles()));
        model.put("problems", problems);
        model.put(TERMS, terms == null ? "" : terms);
        // Products the search cluster refused (decision 0054): what the operator fixes before re-indexing.
        model.put("deadLetters", deadLetters.newest(belt.id(), DEAD_LETTERS_SHOWN));
        model.put("deadLetterCount", deadLetters.count(belt.id()));
        jobs.recent(belt.id(), IndexMaintenance.BELT_REINDEX_JOB, EnumSet.allOf(JobState.class), clock.instant().minus(LAST_REINDEX), 1)
                .forEach(last -> model.put("lastReindex", last));
        return pages.page(status, "search/settings", model);
    }

    private ModelAndView editPage(Tenant belt, int number, HttpStatus status, Map<String, String> problems, String terms,
                                  String was) {
        return pages.page(status, "search/edit", Map.of(ConsolePages.BELT, belt, "number", number, "problems", problems,
                TERMS, terms == null ? "" : terms, "was", was == null ? "" : was));
    }

    /** The set at {@code number} (1-based); a number past the list is not found, like a free id. */
    private List<String> setAt(Tenant belt, int number) {
        List<List<String>> sets = synonyms.sets(belt.id());
        if (number < 1 || number > sets.size()) {
            throw new NotFoundException("no synonym set " + number);
        }
        return sets.get(number - 1);
    }

    private static boolean shownAsItIs(List<List<String>> sets, int number, String was) {
        return number >= 1 && number <= sets.size() && SynonymSetForm.text(sets.get(number - 1)).equals(was);
    }

    private static ModelAndView changedMeanwhile(Tenant belt, HttpServletRequest request) {
        return ConsoleForms.seeOther(SearchSettingsScreen.pathOf(belt), ConsoleFlash.alert("search.changedMeanwhile"), request);
    }

    /** The service names the set's place ("sets[3]"); the form has one field for the terms. */
    private static Map<String, String> termProblems(InvalidInputException invalid) {
        Map<String, String> problems = new HashMap<>();
        problems.put(TERMS, String.join("; ", ConsoleForms.problems(invalid).values()));
        return problems;
    }
}
