package io.github.workreport.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.workreport.Report;
import io.github.workreport.ReportFile;
import io.github.workreport.ReportParser;
import io.github.workreport.Section;
import io.github.workreport.Target;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

class OfficeReaderTest {

    private static final ReportParser PARSER = ReportParser.defaults();

    static byte[] docx() throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText(Docs.TITLE);
            for (String line : Docs.BODY) {
                // body paragraphs indented with ideographic spaces, as Word documents often are
                doc.createParagraph().createRun().setText("\u3000\u3000" + line);
            }
            XWPFTable t = doc.createTable(2, 2);
            t.getRow(0).getCell(0).setText("项目");
            t.getRow(0).getCell(1).setText("金额");
            t.getRow(1).getCell(0).setText("一般公共预算收入");
            t.getRow(1).getCell(1).setText("120.5亿元");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void parse_docx_readsParagraphsAndTableRows() throws IOException {
        ReportFile f = PARSER.parseAll(docx(), "report.docx");
        assertEquals("docx", f.format());
        assertNull(f.refusal());
        assertTrue(f.pages().isEmpty());
        assertEquals(0, f.pageAt(0));
        assertEquals(1, f.reports().size(), f.warnings().toString());
        Report r = f.reports().get(0);
        assertEquals("青川市", r.metadata().region());
        assertEquals(List.of("一", "二", "三"), r.sections().stream().map(Section::number).toList());
        Target gdp = r.targets().stream().filter(t -> "地区生产总值".equals(t.indicator())).findFirst().orElseThrow();
        assertTrue(gdp.span().of(f.original()).contains("5.5%"));
        assertTrue(f.original().contains("\n一般公共预算收入 120.5亿元\n"), "a table row is one line");
        assertTrue(f.original().startsWith(Docs.TITLE + "\n"));
    }

    @Test
    void parse_docxWithWordNumbering_headingsKeepTheirNumbers() throws IOException {
        byte[] bytes;
        try (XWPFDocument doc = new XWPFDocument()) {
            org.apache.poi.xwpf.usermodel.XWPFNumbering numbering = doc.createNumbering();
            var abs = org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum.Factory.newInstance();
            abs.setAbstractNumId(java.math.BigInteger.ZERO);
            var lvl = abs.addNewLvl();
            lvl.setIlvl(java.math.BigInteger.ZERO);
            lvl.addNewStart().setVal(java.math.BigInteger.ONE);
            lvl.addNewNumFmt().setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat.CHINESE_COUNTING);
            lvl.addNewLvlText().setVal("%1、");
            java.math.BigInteger absId = numbering.addAbstractNum(new org.apache.poi.xwpf.usermodel.XWPFAbstractNum(abs));
            java.math.BigInteger numId = numbering.addNum(absId);
            doc.createParagraph().createRun().setText(Docs.TITLE);
            for (String line : Docs.BODY) {
                String text = line;
                var p = doc.createParagraph();
                if (line.startsWith("一、") || line.startsWith("二、") || line.startsWith("三、")) {
                    text = line.substring(2); // Word draws the number
                    p.setNumID(numId);
                    p.setNumILvl(java.math.BigInteger.ZERO);
                }
                p.createRun().setText(text);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            bytes = out.toByteArray();
        }
        ReportFile f = PARSER.parseAll(bytes, "numbered.docx");
        assertTrue(f.original().contains("\n二、2025年工作安排\n"), f.original());
        Report r = f.reports().get(0);
        assertEquals(List.of("一", "二", "三"), r.sections().stream().map(Section::number).toList());
        assertEquals("全面加强政府自身建设", r.sections().get(2).title());
    }

    @Test
    void numbering_formats() {
        assertEquals("一", DocxReader.Numbering.format(1, "chineseCounting"));
        assertEquals("十二", DocxReader.Numbering.format(12, "chineseCountingThousand"));
        assertEquals("二十", DocxReader.Numbering.format(20, "chineseCounting"));
        assertEquals("③", DocxReader.Numbering.format(3, "decimalEnclosedCircle"));
        assertEquals("７", DocxReader.Numbering.format(7, "decimalFullWidth"));
        assertEquals("4", DocxReader.Numbering.format(4, "decimal"));
    }

    @Test
    void parse_ole2NotWord_refused() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[64]), "Workbook");
            fs.writeFilesystem(out);
        }
        ReportFile f = PARSER.parseAll(out.toByteArray(), "sheet.xls");
        assertEquals("doc", f.format());
        assertNotNull(f.refusal());
        assertTrue(f.reports().isEmpty());
    }

    @Test
    void parse_truncatedDocx_refused() throws IOException {
        byte[] whole = docx();
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length / 2);
        ReportFile f = PARSER.parseAll(cut, "cut.docx");
        assertNotNull(f.refusal(), f.warnings().toString());
        assertTrue(f.reports().isEmpty());
    }
}
