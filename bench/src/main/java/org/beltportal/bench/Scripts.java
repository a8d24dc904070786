package org.beltportal.bench;

import java.util.HashMap;
import java.util.Map;

/**
 * How buyers actually type: Traditional script (襪子 for 袜子) and full-width Latin (ＰＶＣ手套). Only the
 * characters of our vocabulary are mapped; the server's analysis must fold them back.
 */
final class Scripts {

    /** Pairs of Simplified then Traditional characters (only those that differ). */
    private static final String PAIRS = "袜襪连連装裝运運动動头頭发髮灯燈电電纺紡绒絨镜鏡钳鉗锅鍋壶壺双雙杆桿长長"
            + "儿兒婴嬰风風凉涼韩韓纯純丝絲针針织織护護卫衛礼禮车車饰飾链鏈环環夹夾钥鑰贴貼纸紙汉漢马馬绣繡"
            + "气氣热熱锁鎖门門厨廚帘簾单單实實宝寶体體领領带帶围圍钢鋼铁鐵铜銅钛鈦银銀盘盤台檯饭飯压壓机機"
            + "卷捲积積图圖遥遙飞飛无無摆擺柜櫃阳陽树樹齐齊阔闊内內裤褲温溫项項坠墜镯鐲笔筆记記账賬订訂书書"
            + "龙龍洒灑涤滌纶綸亚亞蚕蠶罗羅纹紋录錄仪儀载載垫墊脚腳刹剎滤濾哑啞铃鈴篮籃帐帳营營纳納伞傘叠疊"
            + "圣聖诞誕挂掛铝鋁绵綿洁潔开開两兩纱紗网網红紅码碼亲親轮輪静靜轻輕众眾设設计計隐隱务務边邊纤纖"
            + "维維锦錦显顯晒曬莱萊干乾浓濃胶膠复復办辦镭鐳东東广廣厂廠业業产產货貨缝縫钻鑽钥鑰锂鋰"
            + "节節庆慶鱼魚领領礼禮厅廳卧臥办辦紧緊适適岁歲级級";
    private static final Map<Integer, Integer> TO_TRADITIONAL = new HashMap<>();

    static {
        int[] cps = PAIRS.codePoints().toArray();
        for (int i = 0; i + 1 < cps.length; i += 2) {
            TO_TRADITIONAL.putIfAbsent(cps[i], cps[i + 1]);
        }
    }

    private Scripts() {
    }

    static String traditional(String simplified) {
        StringBuilder out = new StringBuilder(simplified.length());
        simplified.codePoints().forEach(cp -> out.appendCodePoint(TO_TRADITIONAL.getOrDefault(cp, cp)));
        return out.toString();
    }

    static boolean hasTraditionalForm(String simplified) {
        return simplified.codePoints().anyMatch(TO_TRADITIONAL::containsKey);
    }

    /** ASCII letters and digits to their full-width forms (Ａ, ３); a space becomes the ideographic space. */
    static String fullWidth(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == ' ') {
                out.appendCodePoint(0x3000);
            } else if (cp > 0x20 && cp < 0x7F) {
                out.appendCodePoint(cp + 0xFEE0);
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    static boolean hasAscii(String text) {
        return text.codePoints().anyMatch(cp -> cp > 0x20 && cp < 0x7F);
    }
}
