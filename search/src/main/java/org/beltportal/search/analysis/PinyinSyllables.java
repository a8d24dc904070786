package org.beltportal.search.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Toneless Mandarin syllables as the index spells them (ICU's {@code Han-Latin; Latin-ASCII}: ü is
 * {@code u}, so 女 is {@code nu}), and the ways a string of letters cuts into them. A buyer typing on a
 * pinyin IME writes {@code v} for ü ({@code nvzhuang}); it is read as {@code u}.
 */
public final class PinyinSyllables {

    /** At most this many readings of one string: {@code xian} is xian or xi'an, {@code fangan} fang'an or fan'gan. */
    public static final int MAX_READINGS = 4;
    private static final int LONGEST = 6;
    private static final Set<String> SYLLABLES = Set.of((""
            + "a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang cao ce cen "
            + "ceng cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo ci "
            + "cong cou cu cuan cui cun cuo da dai dan dang dao de dei den deng di dia dian diao die ding diu dong dou du "
            + "duan dui dun duo e ei en eng er fa fan fang fei fen feng fo fou fu ga gai gan gang gao ge gei gen geng gong "
            + "gou gu gua guai guan guang gui gun guo ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang "
            + "hui hun huo ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke kei ken "
            + "keng kong kou ku kua kuai kuan kuang kui kun kuo la lai lan lang lao le lei leng li lia lian liang liao lie "
            + "lin ling liu lo long lou lu luan lue lun luo ma mai man mang mao me mei men meng mi mian miao mie min ming "
            + "miu mo mou mu na nai nan nang nao ne nei nen neng ni nian niang niao nie nin ning niu nong nou nu nuan nue "
            + "nuo o ou pa pai pan pang pao pei pen peng pi pian piao pie pin ping po pou pu qi qia qian qiang qiao qie qin "
            + "qing qiong qiu qu quan que qun ran rang rao re ren reng ri rong rou ru rua ruan rui run ruo sa sai san sang "
            + "sao se sen seng sha shai shan shang shao she shei shen sheng shi shou shu shua shuai shuan shuang shui shun "
            + "shuo si song sou su suan sui sun suo ta tai tan tang tao te teng ti tian tiao tie ting tong tou tu tuan tui "
            + "tun tuo wa wai wan wang wei wen weng wo wu xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun ya "
            + "yan yang yao ye yi yin ying yo yong you yu yuan yue yun za zai zan zang zao ze zei zen zeng zha zhai zhan "
            + "zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan "
            + "zui zun zuo").split(" "));

    private static final String[][] INITIALS = {{"n", "l"}, {"zh", "z"}, {"ch", "c"}, {"sh", "s"}};
    private static final String[][] FINALS = {{"ing", "in"}, {"eng", "en"}, {"ang", "an"}};

    private PinyinSyllables() {
    }

    /**
     * Up to {@link #MAX_READINGS} ways to cut lowercase letters into syllables, fewest syllables first; none
     * when they do not cut. Linear in the length: each position keeps at most that many ways to reach it.
     */
    public static List<List<String>> readings(String letters) {
        String text = letters.replace('v', 'u');
        List<List<List<String>>> reach = new ArrayList<>(text.length() + 1);
        reach.add(List.of(List.of()));
        for (int end = 1; end <= text.length(); end++) {
            List<List<String>> ways = new ArrayList<>();
            for (int length = Math.min(LONGEST, end); length >= 1 && ways.size() < MAX_READINGS; length--) {
                String syllable = text.substring(end - length, end);
                if (!SYLLABLES.contains(syllable)) {
                    continue;
                }
                for (List<String> before : reach.get(end - length)) {
                    if (ways.size() == MAX_READINGS) {
                        break;
                    }
                    List<String> way = new ArrayList<>(before);
                    way.add(syllable);
                    ways.add(way);
                }
            }
            reach.add(ways);
        }
        List<List<String>> found = new ArrayList<>(reach.get(text.length()));
        found.sort((a, b) -> Integer.compare(a.size(), b.size()));
        return found;
    }

    /**
     * Syllables a pinyin IME user easily confuses with this one and that exist: n/l, zh/z, ch/c, sh/s at the
     * start, in/ing, en/eng, an/ang at the end (the pairs of southern accents and fast thumbs).
     */
    public static List<String> near(String syllable) {
        List<String> near = new ArrayList<>();
        for (String[] pair : INITIALS) {
            addSwapped(near, syllable, pair[0], pair[1], true);
            addSwapped(near, syllable, pair[1], pair[0], true);
        }
        for (String[] pair : FINALS) {
            addSwapped(near, syllable, pair[0], pair[1], false);
            addSwapped(near, syllable, pair[1], pair[0], false);
        }
        return near;
    }

    private static void addSwapped(List<String> near, String syllable, String from, String to, boolean initial) {
        boolean matches = initial ? syllable.startsWith(from) : syllable.endsWith(from);
        if (!matches) {
            return;
        }
        String swapped = initial ? to + syllable.substring(from.length())
                : syllable.substring(0, syllable.length() - from.length()) + to;
        // "zhang" starts with "z" too: swapping z→zh would be read from "zhang" as "zhhang"; only real syllables count.
        if (SYLLABLES.contains(swapped) && !swapped.equals(syllable) && !near.contains(swapped)) {
            near.add(swapped);
        }
    }
}
