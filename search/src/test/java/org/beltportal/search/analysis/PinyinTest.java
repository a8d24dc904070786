package org.beltportal.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

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
    void adjacentHanWordsOfAtMostFourCharactersAlsoSpellAsOne() {
        assertThat(Pinyin.of(List.of("大容量", "双肩", "背包")))
                .contains(new Pinyin.Forms("shuangjianbeibao", "sjbb", "双肩背包"))
                .doesNotContain(new Pinyin.Forms("darongliangshuangjian", "drlsj", "大容量双肩"));
        assertThat(Pinyin.of(List.of("防", "晒", "衣"))).extracting(Pinyin.Forms::word)
                .containsExactly("防", "防晒", "防晒衣", "晒", "晒衣", "衣");
        assertThat(Pinyin.of(List.of("船", "PVC", "袜"))).extracting(Pinyin.Forms::word).containsExactly("船", "袜");
    }

    @Test
    void latinWordsHaveNoPinyin() {
        assertThat(Pinyin.of(Words.of("PVC 3D"))).isEmpty();
    }
}
