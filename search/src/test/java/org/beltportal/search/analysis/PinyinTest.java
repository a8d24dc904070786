package org.beltportal.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PinyinTest {

    @Test
    void wordsGiveFullPinyinAndInitials() {
        assertThat(Pinyin.ofWords("儿童棉袜子")).contains(new Pinyin.Forms("wazi", "wz"));
    }

    @Test
    void traditionalWordsSpellTheSame() {
        assertThat(Pinyin.ofWords("襪子")).containsExactly(new Pinyin.Forms("wazi", "wz"));
    }

    @Test
    void latinWordsHaveNoPinyin() {
        assertThat(Pinyin.ofWords("PVC 3D")).isEmpty();
    }
}
