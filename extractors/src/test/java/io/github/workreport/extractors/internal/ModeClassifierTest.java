package io.github.workreport.extractors.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ModeClassifierTest {

    @Test
    void ofSentence_yaoInsideWords_statesNoPlan() {
        assertEquals(Mode.NEUTRAL, ModeClassifier.ofSentence("主要经济指标保持在合理区间，地区生产总值增长4.7%"));
        assertEquals(Mode.NEUTRAL, ModeClassifier.ofSentence("重要农产品供给稳定，粮食产量120万吨"));
        assertEquals(Mode.PLAN, ModeClassifier.ofSentence("要加快建设现代化产业体系，新建学校10所"));
    }

    @Test
    void ofSentence_jihuaAsANameOrCarriedOut_statesNoPlan() {
        assertEquals(Mode.NEUTRAL, ModeClassifier.ofSentence("“人才倍增计划”引进博士120名"));
        assertEquals(Mode.REVIEW, ModeClassifier.ofSentence("工业投资额超过年度计划4.1%，比上年增长6%"));
        assertEquals(Mode.PLAN, ModeClassifier.ofSentence("计划新建学校10所"));
    }

    @Test
    void ofPartHeading_unnumberedHeadingLines_modeOrNull() {
        assertEquals(Mode.REVIEW, ModeClassifier.ofPartHeading("“十四五”时期发展成就和2025年工作回顾", 2026));
        assertEquals(Mode.PLAN, ModeClassifier.ofPartHeading("2026年重点工作", 2026));
        assertEquals(Mode.NEUTRAL, ModeClassifier.ofPartHeading("2025年工作回顾和2026年工作安排", 2026));
        assertNull(ModeClassifier.ofPartHeading("2026年青川市政府工作报告", 2026), "the title");
        assertNull(ModeClassifier.ofPartHeading("一、2025年工作回顾", 2026), "a numbered heading is a section");
        assertNull(ModeClassifier.ofPartHeading("——主要任务全面完成", 2026), "a list item");
        assertNull(ModeClassifier.ofPartHeading("1.重点工作", 2026), "a numbered list item");
        assertNull(ModeClassifier.ofPartHeading("过去一年，地区生产总值增长5%。", 2026), "a sentence");
        assertNull(ModeClassifier.ofPartHeading("经济运行稳中有进", 2026), "names neither a review nor a plan");
    }
}
