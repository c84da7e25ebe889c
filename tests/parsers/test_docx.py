"""DOCX: numbering restored, tracked changes resolved, tables, furniture kept out."""

from __future__ import annotations

from support.builders import BULLET_STYLE_CHAIN, build_docx, bullet_numbering, para, run, table

from giaoviec.parsers import parse_bytes


def lines_of(doc):
    return [doc.block_text(b) for b in doc.blocks if b.kind in ("paragraph", "list_item")]


def test_automatic_numbering_appears_as_a_reader_sees_it():
    body = (para("Nhiệm vụ chung", num=(1, 0)) + para("Về tổ chức bộ máy", num=(1, 1))
            + para("Rà soát quy chế", num=(1, 2)) + para("Kiện toàn bộ máy", num=(1, 2))
            + para("Cập nhật dữ liệu", num=(1, 3)) + para("Về quy hoạch", num=(1, 1))
            + para("Rà soát quy hoạch", num=(1, 2)) + para("Phân công", num=(1, 0)))
    doc = parse_bytes(build_docx(body), "a.docx")
    assert lines_of(doc) == ["I. Nhiệm vụ chung", "1. Về tổ chức bộ máy", "a) Rà soát quy chế",
                             "b) Kiện toàn bộ máy", "- Cập nhật dữ liệu", "2. Về quy hoạch",
                             "a) Rà soát quy hoạch", "II. Phân công"]
    item = next(b for b in doc.blocks if b.kind == "list_item")
    assert item.marker == "I."


def test_numbering_from_a_style_chain_and_symbol_bullets():
    body = para("Mục gạch đầu dòng", style="ListBullet") + para("Kế thừa", style="MyBullet")
    doc = parse_bytes(build_docx(body, numbering=bullet_numbering("\uf0b7"),
                                 styles=BULLET_STYLE_CHAIN), "a.docx")
    assert lines_of(doc) == ["• Mục gạch đầu dòng", "• Kế thừa"]


def test_start_override_restarts_a_list():
    doc = parse_bytes(build_docx(para("Mục năm", num=(2, 1))), "a.docx")
    assert lines_of(doc) == ["5. Mục năm"]


def test_tracked_changes_keep_insertions_and_drop_deletions():
    body = ('<w:p><w:r><w:t xml:space="preserve">Hoàn thành </w:t></w:r>'
            '<w:del w:id="1" w:author="a"><w:r><w:delText>trong tháng 8</w:delText></w:r></w:del>'
            '<w:ins w:id="2" w:author="a"><w:r><w:t>trong tháng 9</w:t></w:r></w:ins></w:p>')
    assert lines_of(parse_bytes(build_docx(body), "a.docx")) == ["Hoàn thành trong tháng 9"]


def test_page_header_is_furniture_not_body():
    doc = parse_bytes(build_docx(para("Nội dung"), header="Trang 2"), "a.docx")
    assert "Trang 2" not in doc.text
    assert [f.text for f in doc.furniture] == ["Trang 2"]


def test_header_layout_table_renders_column_by_column():
    left = [para("UBND TỈNH QUẢNG TRỊ"), para(run("VĂN PHÒNG", bold=True)), para("Số: 5/TB-VP")]
    right = [para("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), para("Độc lập - Tự do - Hạnh phúc")]
    doc = parse_bytes(build_docx(table([[left, right]]) + para("THÔNG BÁO")), "a.docx")
    assert doc.text.split("\n") == ["UBND TỈNH QUẢNG TRỊ", "VĂN PHÒNG", "Số: 5/TB-VP",
                                    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                                    "Độc lập - Tự do - Hạnh phúc", "THÔNG BÁO"]
    table_block = next(b for b in doc.blocks if b.kind == "table")
    assert table_block.layout == "columns"


def test_grid_table_rows_are_lines_with_cells_and_nested_tables_are_kept():
    nested = table([["Sở Tư pháp"], ["UBND các xã"]])
    rows = [["STT", "Nội dung", "Chủ trì", "Phối hợp"],
            ["1", "Rà soát văn bản", "Sở Nội vụ", [nested]]]
    doc = parse_bytes(build_docx(table(rows)), "a.docx")
    assert doc.text.split("\n") == ["STT | Nội dung | Chủ trì | Phối hợp",
                                    "1 | Rà soát văn bản | Sở Nội vụ | Sở Tư pháp; UBND các xã"]
    cells = [doc.block_text(b) for b in doc.blocks if b.kind == "cell" and b.row == 1]
    assert cells[2] == "Sở Nội vụ"


def test_soft_line_breaks_and_text_boxes():
    body = ('<w:p><w:r><w:t>Dòng một</w:t><w:br/><w:t>dòng hai</w:t></w:r></w:p>'
            '<w:p><w:r><w:t>Neo</w:t></w:r><w:r><w:drawing><w:txbxContent>'
            + para("Chữ trong hộp") + '</w:txbxContent></w:drawing></w:r></w:p>')
    assert lines_of(parse_bytes(build_docx(body), "a.docx")) == ["Dòng một dòng hai", "Neo",
                                                                "Chữ trong hộp"]
    cell = ['<w:p><w:r><w:t>UBND TỈNH X</w:t><w:br/><w:t>VĂN PHÒNG</w:t></w:r></w:p>',
            para("Số: 5/TB-VP")]
    doc = parse_bytes(build_docx(table([[cell, [para("CỘNG HÒA"), para("Độc lập")]]])), "a.docx")
    assert lines_of(doc)[:3] == ["UBND TỈNH X", "VĂN PHÒNG", "Số: 5/TB-VP"]


def test_block_spans_are_exact():
    body = para("Giao Sở Y tế") + table([["A", "B", "C"]]) + para("Hết")
    doc = parse_bytes(build_docx(body), "a.docx")
    for b in doc.blocks:
        piece = doc.text[b.start:b.end]
        assert piece == piece.strip()
        assert b.start <= b.end <= len(doc.text)
