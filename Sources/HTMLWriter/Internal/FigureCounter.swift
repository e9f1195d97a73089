// Hands out 1, 2, 3 … to the figures of one page, for their ids; a reference type so the
// body renderer's non-mutating walk can count.
final class FigureCounter {
    private var count = 0

    func next() -> Int {
        count += 1
        return count
    }
}
