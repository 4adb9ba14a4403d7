import QtQuick
import QtTest
import Lanyard

/**
 * A speaker's page says what the feed says about them: the tagline under the name, the biography
 * and the links above their events; for a speaker the feed says nothing about (the bundled PyCon
 * AU 2013's), none of it. The feeds are the project's fixtures, imported as a user would.
 */
TestCase {
    id: testCase
    name: "SpeakerDetails"
    when: windowShown
    // A TestCase is not shown by itself; the pages made inside it are to be.
    visible: true
    width: 900
    height: 700

    Component {
        id: pageComponent
        SpeakerPage {
            width: testCase.width
            height: testCase.height
        }
    }

    function initTestCase() {
        const feeds = LanyardTest.sourceDir + "/tests/data/feeds/"
        compare(LanyardTest.runLanyard(["import", feeds + "speaker-details.json"]), 0)
        compare(LanyardTest.runLanyard(["import", feeds + "sessionize-speakers.json", "--timezone", "Europe/Vienna"]), 0)
    }

    function find(item, name) {
        if (!item)
            return null
        if (item.objectName === name)
            return item
        const children = item.children
        for (let i = 0; i < children.length; ++i) {
            const found = find(children[i], name)
            if (found)
                return found
        }
        return null
    }

    function openPage(speaker) {
        const page = createTemporaryObject(pageComponent, testCase, {name: speaker})
        verify(page)
        waitForRendering(page)
        return page
    }

    /** The link labels the page shows, as "title <url>". */
    function links(page) {
        const flow = find(page, "speakerLinks")
        verify(flow)
        const result = []
        for (let i = 0; i < flow.children.length; ++i) {
            const label = flow.children[i]
            if (label.objectName === "speakerLink" && label.visible)
                result.push(label.text + " <" + label.url + ">")
        }
        return result
    }

    function test_taglineBiographyAndLinks() {
        const page = openPage("Mira Okafor")
        const tagline = find(page, "speakerTagline")
        verify(tagline)
        verify(tagline.visible)
        compare(tagline.text, "Principal Engineer at Riverlog")
        compare(tagline.textFormat, Text.PlainText)
        const biography = find(page, "speakerBiography")
        verify(biography)
        verify(biography.visible)
        compare(biography.text, "Mira builds observability tools.\nShe has spoken at 12 meetups.")
        compare(biography.textFormat, Text.PlainText)
        verify(biography.height > 0)
        verify(!find(page, "speakerBiographyMore").visible, "a short biography is shown whole")
        verify(find(page, "speakerLinks").visible)
        // The javascript: link never arrived; the bare host name became https.
        compare(links(page), ["X (Twitter) <https://twitter.com/mira_example>",
                              "LinkedIn <https://www.linkedin.com/in/mira-example>",
                              "Company <https://riverlog.example.com>"])
    }

    function test_biographyFromPretalxIsPlainText() {
        const page = openPage("Ada Quill")
        verify(!find(page, "speakerTagline").visible, "no tagline in schedule.json")
        const biography = find(page, "speakerBiography")
        verify(biography.visible)
        compare(biography.text, "Ada maintains a mesh router firmware.\n\nShe gardens on weekends.")
        compare(links(page), ["https://talks.example.org/bios2026/speaker/ADAQ7X/ <https://talks.example.org/bios2026/speaker/ADAQ7X/>",
                              "Ada's site <https://ada.example.org/>",
                              "Mail <mailto:ada@example.org>"])
    }

    function test_longBiographyFoldsAndUnfolds() {
        const page = openPage("Ada Quill")
        page.width = 110
        const biography = find(page, "speakerBiography")
        const more = find(page, "speakerBiographyMore")
        tryVerify(() => biography.truncated, 2000, "six lines of a narrow page cut the biography short")
        verify(more.visible)
        const folded = biography.height
        mouseClick(more)
        tryVerify(() => !biography.truncated && biography.height > folded, 2000)
        compare(more.text, qsTr("Show less"))
        mouseClick(more)
        tryVerify(() => biography.truncated, 2000)
    }

    function test_nothingWhereTheFeedSaysNothing() {
        const page = openPage("Richard Jones")
        verify(!find(page, "speakerTagline").visible)
        const about = find(page, "speakerAbout")
        verify(about)
        verify(!about.visible)
        compare(about.height, 0)
        const biography = find(page, "speakerBiography")
        verify(!biography || !biography.visible)
    }
}
