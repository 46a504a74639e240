import KFLTestSupport
import TerminalUI
import Testing

@Suite struct RectTests {
    @Test func negativeSizesClampToZero() {
        let r = Rect(x: 3, y: 4, width: -5, height: -1)
        #expect(r.width == 0 && r.height == 0 && r.isEmpty)
    }

    @Test func insetBeyondTheSizeLeavesAnEmptyRect() {
        let r = Rect(width: 3, height: 2).inset(by: 5)
        #expect(r.isEmpty)
        #expect(Rect.zero.inset(by: 1) == Rect(x: 0, y: 0, width: 0, height: 0))
        #expect(
            Rect(x: 1, y: 1, width: 10, height: 5).inset(top: 1, left: 2, bottom: 1, right: 3)
                == Rect(x: 3, y: 2, width: 5, height: 3))
    }

    @Test func splitsClampTheirPosition() {
        let r = Rect(x: 2, y: 1, width: 10, height: 4)
        #expect(
            r.splitHorizontally(at: 3) == (Rect(x: 2, y: 1, width: 3, height: 4), Rect(x: 5, y: 1, width: 7, height: 4))
        )
        #expect(r.splitHorizontally(at: 99).right.isEmpty)
        #expect(r.splitHorizontally(at: -4).left.isEmpty)
        #expect(
            r.splitVertically(at: 1) == (Rect(x: 2, y: 1, width: 10, height: 1), Rect(x: 2, y: 2, width: 10, height: 3))
        )
        #expect(Rect.zero.splitVertically(at: 1).bottom.isEmpty)
    }

    @Test func rowsCoverTheRect() {
        #expect(Rect(x: 1, y: 2, width: 4, height: 3).rows.map(\.y) == [2, 3, 4])
        #expect(Rect.zero.rows.isEmpty)
        #expect(Rect(width: 4, height: 1).row(5).isEmpty)
    }

    @Test func intersectionOfDisjointRectsIsEmpty() {
        let a = Rect(x: 0, y: 0, width: 4, height: 4)
        #expect(a.intersection(Rect(x: 2, y: 2, width: 4, height: 4)) == Rect(x: 2, y: 2, width: 2, height: 2))
        #expect(a.intersection(Rect(x: 10, y: 10, width: 1, height: 1)).isEmpty)
    }

    @Test func hugeCoordinatesDoNotOverflow() {
        let r = Rect(x: Int.max - 1, y: Int.max, width: 10, height: 10)
        #expect(r.maxX == Int.max && r.maxY == Int.max)
    }

    @Test func centeredNeverExceedsTheRect() {
        #expect(Rect(width: 10, height: 5).centered(width: 4, height: 1) == Rect(x: 3, y: 2, width: 4, height: 1))
        #expect(Rect(width: 2, height: 1).centered(width: 40, height: 10) == Rect(width: 2, height: 1))
    }
}
