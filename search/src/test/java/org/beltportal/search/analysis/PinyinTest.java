package org.beltportal.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PinyinTest {

    @Test
    void wordsGiveFullPinyinAndInitials() {
        assertThat(Pinyin.of(Words.of("儿童棉袜子"))).contains(new Pinyin.Forms("wazi", "wz"));
    }

    @Test
    void traditionalWordsSpellTheSame() {
        assertThat(Pinyin.of(Words.of("襪子"))).containsExactly(new Pinyin.Forms("wazi", "wz"));
    }

    @Test
    void latinWordsHaveNoPinyin() {
        assertThat(Pinyin.of(Words.of("PVC 3D"))).isEmpty();
    }
}
