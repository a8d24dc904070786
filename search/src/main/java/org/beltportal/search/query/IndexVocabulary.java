package org.beltportal.search.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.Automata;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.CompiledAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;
import org.apache.lucene.util.automaton.Operations;
import org.beltportal.search.index.ProductFields;

/**
 * The embedded index's term dictionaries as a {@link Vocabulary}: the pinyin field's terms "spelling word" and the
 * English title's stems, of all belts (the corrector's search keeps a candidate only when the belt finds it).
 */
final class IndexVocabulary implements Vocabulary {

    private final IndexReader reader;

    IndexVocabulary(IndexReader reader) {
        this.reader = reader;
    }

    /** The pinyin terms "spelling word" that start with "spelling ". */
    @Override
    public List<String> wordsSpelled(String spelling, int max) {
        try {
            Terms terms = MultiTerms.getTerms(reader, ProductFields.PINYIN);
            List<String> words = new ArrayList<>();
            if (terms == null) {
                return words;
            }
            String prefix = spelling + " ";
            TermsEnum each = terms.iterator();
            if (each.seekCeil(new BytesRef(prefix)) == TermsEnum.SeekStatus.END) {
                return words;
            }
            do {
                String term = each.term().utf8ToString();
                if (!term.startsWith(prefix)) {
                    break;
                }
                words.add(term.substring(prefix.length()));
            } while (words.size() < max && each.next() != null);
            return words;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<String> englishStemsNear(String stem, int max) {
        try {
            Terms terms = MultiTerms.getTerms(reader, ProductFields.TITLE_EN);
            List<String> near = new ArrayList<>();
            if (terms == null) {
                return near;
            }
            FuzzyTermsEnum fuzzy = new FuzzyTermsEnum(terms, new Term(ProductFields.TITLE_EN, stem), 1, 1, true);
            for (BytesRef term = fuzzy.next(); term != null && near.size() < max; term = fuzzy.next()) {
                near.add(term.utf8ToString());
            }
            return near;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The pinyin terms "spelling word" whose spelling part is within one edit of {@code letters}. */
    @Override
    public List<String> wordsSpelledNear(String letters, int max) {
        try {
            Terms terms = MultiTerms.getTerms(reader, ProductFields.PINYIN);
            List<String> words = new ArrayList<>();
            if (terms == null) {
                return words;
            }
            Automaton spelledNear = Operations.concatenate(List.of(new LevenshteinAutomata(letters, true).toAutomaton(1),
                    Automata.makeChar(' '), Automata.makeAnyString()));
            TermsEnum near = new CompiledAutomaton(Operations.determinize(spelledNear, Operations.DEFAULT_DETERMINIZE_WORK_LIMIT),
                    false, true, false).getTermsEnum(terms);
            for (BytesRef term = near.next(); term != null && words.size() < max; term = near.next()) {
                String spelledWord = term.utf8ToString();
                words.add(spelledWord.substring(spelledWord.indexOf(' ') + 1));
            }
            return words;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
