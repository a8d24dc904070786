package org.beltportal.core.synonym;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.beltportal.core.audit.AuditLog;
import org.beltportal.core.synonym.internal.SynonymMapper;
import org.beltportal.core.system.Problems;
import org.beltportal.core.tenant.TenantId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A tenant's synonym sets: read by search on every query (through its cache), replaced whole by operators. */
@Service
public class SynonymService {

    static final int MAX_SETS = 500;
    static final int MAX_TERMS = 20;
    static final int MAX_TERM_LENGTH = 40;
    private static final TypeReference<List<List<String>>> SETS = new TypeReference<>() { };

    private final SynonymMapper mapper;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;

    SynonymService(SynonymMapper mapper, AuditLog audit, ApplicationEventPublisher events, JsonMapper json,
                          Clock clock) {
        this.mapper = mapper;
        this.audit = audit;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    public List<List<String>> sets(TenantId tenantId) {
        return mapper.find(tenantId).map(text -> json.readValue(text, SETS)).orElse(List.of());
    }

    /** Replaces every set; terms are trimmed, duplicates within a set dropped. */
    @Transactional
    public List<List<String>> replace(String actor, TenantId tenantId, List<List<String>> requested) {
        List<List<String>> sets = validated(requested == null ? List.of() : requested);
        List<List<String>> before = sets(tenantId);
        String text = json.writeValueAsString(sets);
        if (mapper.update(tenantId, text, clock.instant()) == 0) {
            mapper.insert(tenantId, text, clock.instant());
        }
        audit.record(actor, tenantId, "synonyms.replace", "synonyms", tenantId, before, sets);
        events.publishEvent(new SynonymsChanged(tenantId));
        return sets;
    }

    private static List<List<String>> validated(List<List<String>> requested) {
        Problems problems = new Problems();
        problems.require(requested.size() <= MAX_SETS, "sets", "at most " + MAX_SETS + " sets");
        List<List<String>> sets = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            String field = "sets[" + i + "]";
            List<String> set = requested.get(i);
            if (set == null) {
                problems.require(false, field, "must be a list of terms");
                continue;
            }
            LinkedHashSet<String> terms = new LinkedHashSet<>();
            for (String term : set) {
                boolean valid = term != null && !term.isBlank() && term.strip().length() <= MAX_TERM_LENGTH;
                problems.require(valid, field, "terms must have 1 to " + MAX_TERM_LENGTH + " characters");
                if (valid) {
                    terms.add(term.strip());
                }
            }
            problems.require(terms.size() >= 2 && terms.size() <= MAX_TERMS, field,
                    "a set needs 2 to " + MAX_TERMS + " different terms");
            sets.add(List.copyOf(terms));
        }
        problems.throwIfAny();
        return sets;
    }
}
