package org.beltportal.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class PinyinReadingTest {

    @Test
    void lettersSpacesAndCharactersReadAsOneSequenceOfSyllables() {
        List<String> lianyiqun = List.of("lian", "yi", "qun");
        assertThat(PinyinReading.of("lianyiqun")).first().isEqualTo(lianyiqun);
        assertThat(PinyinReading.of("lian yi qun")).first().isEqualTo(lianyiqun);
        assertThat(PinyinReading.of("LianYiQun")).first().isEqualTo(lianyiqun);
        assertThat(PinyinReading.of("lian衣裙")).first().isEqualTo(lianyiqun);
        assertThat(PinyinReading.of("连yi裙")).first().isEqualTo(lianyiqun);
        assertThat(PinyinReading.of("連yi裙")).first().isEqualTo(lianyiqun);
    }

    @Test
    void ambiguousLettersGiveSeveralReadingsFewestSyllablesFirst() {
        assertThat(PinyinReading.of("xian")).containsExactly(List.of("xian"), List.of("xi", "an"));
        assertThat(PinyinReading.of("xi'an")).containsExactly(List.of("xi", "an"));
    }

    @Test
    void imeVIsReadAsU() {
        assertThat(PinyinReading.of("nvzhuang")).contains(List.of("nu", "zhuang"));
    }

    @Test
    void charactersAloneAndWordsThatAreNotPinyinDoNotRead() {
        assertThat(PinyinReading.of("连衣裙")).isEmpty();
        assertThat(PinyinReading.of("dress")).isEmpty();
        assertThat(PinyinReading.of("pvc手套")).isEmpty();
        assertThat(PinyinReading.of("wazi!")).isEmpty();
    }

    @Test
    void initialsAreConsonantsOnly() {
        assertThat(PinyinReading.initials("lyq")).isEqualTo("lyq");
        assertThat(PinyinReading.initials("L Y Q")).isEqualTo("lyq");
        assertThat(PinyinReading.initials("bag")).isNull();
        assertThat(PinyinReading.initials("l")).isNull();
        assertThat(PinyinReading.initials("连衣裙")).isNull();
    }

    @Test
    void aLongStringKeepsAtMostTheBoundedNumberOfReadings() {
        assertThat(PinyinSyllables.readings("xian".repeat(125))).hasSizeLessThanOrEqualTo(PinyinSyllables.MAX_READINGS);
        assertThat(PinyinSyllables.readings("a".repeat(500))).hasSize(1);
    }

    @Test
    void nearSyllablesAreTheCommonSlipsThatExist() {
        assertThat(PinyinSyllables.near("nian")).containsExactlyInAnyOrder("lian", "niang");
        assertThat(PinyinSyllables.near("zhang")).containsExactlyInAnyOrder("zang", "zhan");
        assertThat(PinyinSyllables.near("qun")).isEmpty();
    }
}
