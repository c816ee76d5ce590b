// The Chinese tables (see strings.h): Simplified (zh-Hans) and Traditional with Taiwan and Hong
// Kong usage (zh-Hant). 你, not 您; full-width punctuation; no plural forms, so each "_one" field
// holds the same text as its "_other".
//
// This file is left out of the glyph collection for the Latin font subset (the list of inputs to
// web/tools/collect_glyphs.py in web/CMakeLists.txt): that tool takes every character of the
// files it is given, and these tables would pull thousands of CJK glyphs into Noto Sans, which
// has none of them. A CJK font, when there is one, collects its glyphs from here.
#include "strings.h"

namespace strings {

// clang-format off
const Table kZhHans = {
    // Intro
    .link_failed_title = "这个结果链接没能打开",
    .link_outdated = "这个结果链接是用这个测验的另一个版本生成的，所以已经无法显示那个结果。",
    .link_damaged = "这个结果链接已损坏或不完整（可能是复制时被截断了），所以无法显示结果。",
    .link_take_again = "你可以在下面重新做一次测验，只需要几分钟。",
    .link_details = "\n\n详情：{0}",
    .privacy_self_check = "隐私自查",
    .about_minutes_one = "约 {0} 分钟",
    .about_minutes_other = "约 {0} 分钟",
    .topics = "{0} 个主题",
    .private_by_design = "从设计上保护隐私",
    .privacy_title = "你的答案不会离开这个页面",
    .privacy_body = "测验完全在你的浏览器中运行：你的选择不会被发送到任何地方，也不会被保存。"
                    "结果链接把你的答案放在网址中“#”之后的部分，浏览器从不会把这部分发送给服务器。",
    .start = "开始测验",
    .no_sign_up = "无需注册，没有跟踪，不会问你的姓名或号码。",
    // Question
    .question_count = "第 {0} 题，共 {1} 题",
    .question_announced = "第 {0} 题，共 {1} 题：{2}",
    .choose_one = "选择一项",
    .choose_all = "选择所有符合的选项",
    .prefer_not_to_say = "不想回答",
    .why_we_ask = "为什么这样问",
    .source = "来源",
    .sources = "来源",
    .back = "返回",
    .next = "下一题",
    .see_result = "查看我的结果",
    // Results
    .your_result = "你的结果",
    .score_announced = "你的暴露分数是 {0}（满分 100）：{1}",
    .out_of_100 = "满分 100",
    .score_name = "暴露分数 {0}，满分 100",
    .by_topic = "按主题",
    .not_assessed = "未评估",
    .named_value = "{0}：{1}",
    .what_weighs_most = "影响最大的回答",
    .nothing_adds = "你的回答都没有增加你的暴露程度。",
    .answers_separator = "、",
    .points_added = "+{0}",
    .points_note = "每个回答在你的总分（满分 100）中所占的分数。",
    .what_to_do_first = "优先要做的事",
    .saves_points_one = "可减少 {0} 分",
    .saves_points_other = "可减少 {0} 分",
    .show_all = "显示全部 {0} 条建议",
    .show_fewer = "收起",
    .keep_or_share = "保存或分享你的结果",
    .share_body = "这个链接可以再次显示这个结果。你的答案在“#”之后的部分，你的浏览器从不会把它发送给任何服务器。",
    .copy_link = "复制链接",
    .copied = "已复制",
    .change_answers = "修改我的答案",
    .retake = "重新测验",
    .print_plan = "打印或保存我的计划",
};

const Table kZhHant = {
    // Intro
    .link_failed_title = "這個結果連結無法開啟",
    .link_outdated = "這個結果連結是用這個測驗的另一個版本產生的，所以已經無法顯示那個結果。",
    .link_damaged = "這個結果連結已損毀或不完整（可能是複製時被截斷了），所以無法顯示結果。",
    .link_take_again = "你可以在下方重新做一次測驗，只需要幾分鐘。",
    .link_details = "\n\n詳細資訊：{0}",
    .privacy_self_check = "隱私自我檢查",
    .about_minutes_one = "約 {0} 分鐘",
    .about_minutes_other = "約 {0} 分鐘",
    .topics = "{0} 個主題",
    .private_by_design = "從設計上保護隱私",
    .privacy_title = "你的答案不會離開這個頁面",
    .privacy_body = "測驗完全在你的瀏覽器中執行：你的選擇不會傳送到任何地方，也不會被儲存。"
                    "結果連結把你的答案放在網址中「#」之後的部分，瀏覽器從不會把這部分傳送給伺服器。",
    .start = "開始測驗",
    .no_sign_up = "不用註冊，沒有追蹤，不會問你的姓名或電話號碼。",
    // Question
    .question_count = "第 {0} 題，共 {1} 題",
    .question_announced = "第 {0} 題，共 {1} 題：{2}",
    .choose_one = "選擇一項",
    .choose_all = "選擇所有符合的選項",
    .prefer_not_to_say = "不想回答",
    .why_we_ask = "為什麼這樣問",
    .source = "來源",
    .sources = "來源",
    .back = "返回",
    .next = "下一題",
    .see_result = "查看我的結果",
    // Results
    .your_result = "你的結果",
    .score_announced = "你的暴露分數是 {0}（滿分 100）：{1}",
    .out_of_100 = "滿分 100",
    .score_name = "暴露分數 {0}，滿分 100",
    .by_topic = "依主題",
    .not_assessed = "未評估",
    .named_value = "{0}：{1}",
    .what_weighs_most = "影響最大的回答",
    .nothing_adds = "你的回答都沒有增加你的暴露程度。",
    .answers_separator = "、",
    .points_added = "+{0}",
    .points_note = "每個回答在你的總分（滿分 100）中所佔的分數。",
    .what_to_do_first = "優先要做的事",
    .saves_points_one = "可減少 {0} 分",
    .saves_points_other = "可減少 {0} 分",
    .show_all = "顯示全部 {0} 項建議",
    .show_fewer = "收起",
    .keep_or_share = "儲存或分享你的結果",
    .share_body = "這個連結可以再次顯示這個結果。你的答案在「#」之後的部分，你的瀏覽器從不會把它傳送給任何伺服器。",
    .copy_link = "複製連結",
    .copied = "已複製",
    .change_answers = "修改我的答案",
    .retake = "重新測驗",
    .print_plan = "列印或儲存我的計畫",
};
// clang-format on

} // namespace strings
