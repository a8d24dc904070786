package org.beltportal.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PinyinTest {

    @Test
    void wordsGiveFullPinyinAndInitials() {
        assertThat(Pinyin.of(Words.of("儿童棉袜子"))).contains(new Pinyin.Forms("wazi", "wz", "袜子"));
    }

    @Test
    void traditionalWordsSpellTheSame() {
        assertThat(Pinyin.of(Words.of("襪子"))).containsExactly(new Pinyin.Forms("wazi", "wz", "袜子"));
    }

    @Test
    void theFieldTermIsTheSpellingThenTheWord() {
        assertThat(Pinyin.of("連衣裙").spelledWord()).isEqualTo("lianyiqun 连衣裙");
    }

    @Test
    void adjacentHanCharactersGiveSyllablePairsAndOtherCharactersBreakThem() {
        assertThat(Pinyin.pairs("儿童袜子 PVC手套")).containsExactly("er'tong", "tong'wa", "wa'zi", "shou'tao");
    }

    @Test
    void latinWordsHaveNoPinyin() {
        assertThat(Pinyin.of(Words.of("PVC 3D"))).isEmpty();
    }
}
