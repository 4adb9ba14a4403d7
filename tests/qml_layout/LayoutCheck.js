.pragma library

// What a person would notice on a page, shared by the layout tests: texts or controls drawn on
// top of each other, items that run out of their page, text that is cut off without an ellipsis.

/**
 * Items that hold their own text or are a control: a person reads or clicks them as one. A
 * control that lays out other items (a list row, a page, the page stack) is looked into instead.
 */
function isLeaf(item) {
    if (item.font === undefined)
        return false
    // Panes and group boxes hold other items: look inside.
    if (item.contentChildren !== undefined)
        return false
    const content = item.contentItem
    if (content && content.text === undefined && content.children !== undefined && content.children.length > 0)
        return false
    return item.text !== undefined || item.displayText !== undefined || item.value !== undefined
}

function isBox(item) {
    return item.title !== undefined && item.contentChildren !== undefined && item.font !== undefined
}

function rectIn(item, reference) {
    return item.mapToItem(reference, 0, 0, item.width, item.height)
}

/**
 * The leaves and boxes shown under `item`. With `view` (a rectangle in `reference`), only those
 * at least partly inside it and inside every clipping item above them: a list's rows scrolled
 * out of sight are not seen; `shown` then gets the part of each leaf that is seen.
 */
function collect(item, leaves, boxes, reference, view, shown) {
    if (!item.visible || item.opacity === 0 || item.width <= 0 || item.height <= 0)
        return
    let seen = null
    if (view) {
        const r = rectIn(item, reference)
        const left = Math.max(r.x, view.x)
        const top = Math.max(r.y, view.y)
        const right = Math.min(r.x + r.width, view.x + view.width)
        const bottom = Math.min(r.y + r.height, view.y + view.height)
        if (right - left <= 0 || bottom - top <= 0)
            return
        seen = Qt.rect(left, top, right - left, bottom - top)
        // A clipping item (a list, a scroll area) shows its children only within itself.
        if (item.clip)
            view = seen
    }
    if (isLeaf(item)) {
        leaves.push(item)
        if (shown && seen)
            shown.push(seen)
        return
    }
    if (isBox(item))
        boxes.push(item)
    for (let i = 0; i < item.children.length; ++i)
        collect(item.children[i], leaves, boxes, reference, view, shown)
}

function isAncestor(ancestor, item) {
    for (let p = item.parent; p; p = p.parent) {
        if (p === ancestor)
            return true
    }
    return false
}

function describe(item) {
    const text = item.text !== undefined ? String(item.text) : ""
    return (item.objectName || String(item).split("(")[0]) + (text ? " “" + text.slice(0, 40) + "”" : "")
}

function overlap(a, b) {
    const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
    const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
    return w > 1 && h > 1
}

/**
 * Overlaps, items outside `width` (in `reference`'s coordinates; skipped when negative), cut
 * text, and leaves lying on a box they are not in: one sentence each, [] when none. `shown`:
 * the parts of the leaves that are seen (from collect), else the whole of each.
 */
function problems(leaves, boxes, reference, width, shown) {
    const found = []
    const rects = shown ? shown : leaves.map(item => rectIn(item, reference))
    const boxRects = boxes.map(box => rectIn(box, reference))
    for (let i = 0; i < leaves.length; ++i) {
        const a = rects[i]
        if (width >= 0 && (a.x < -0.5 || a.x + a.width > width + 0.5))
            found.push(describe(leaves[i]) + " runs out of the page sideways")
        const text = leaves[i]
        if (text.contentHeight !== undefined && text.contentWidth !== undefined && text.elide === undefined) {
            // TextEdit: the text's own size must fit the item.
            if (text.contentHeight > text.height + 1 || text.contentWidth > text.width + 1)
                found.push(describe(text) + " is cut off")
        } else if (text.truncated !== undefined && text.wrapMode !== undefined) {
            if (text.elide === 0 /* Text.ElideNone */ && (text.contentWidth > text.width + 1 || text.contentHeight > text.height + 1))
                found.push(describe(text) + " is cut off (" + text.contentWidth + "×" + text.contentHeight + " in " + text.width + "×"
                           + text.height + ")")
        }
        for (let j = i + 1; j < leaves.length; ++j) {
            if (overlap(a, rects[j]) && !isAncestor(leaves[i], leaves[j]) && !isAncestor(leaves[j], leaves[i]))
                found.push(describe(leaves[i]) + " overlaps " + describe(leaves[j]))
        }
        for (let k = 0; k < boxes.length; ++k) {
            if (!isAncestor(boxes[k], leaves[i]) && overlap(a, boxRects[k]))
                found.push(describe(leaves[i]) + " lies on the box " + describe(boxes[k]))
        }
    }
    return found
}
