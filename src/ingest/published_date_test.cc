// DatePublication (published_date.cc) and FindWrittenDate (date.cc): where a
// document's date comes from when its record gives none.
#include <gtest/gtest.h>

#include <string>

#include "ingest/date.h"
#include "ingest/published_date.h"

namespace readout::ingest {
namespace {

Document Doc(const std::string& text, const std::string& url = "", const std::string& published = "") {
  Document d;
  d.text = text;
  d.url = url;
  d.published = published;
  DatePublication(d);
  return d;
}

std::string DateOf(const Document& d) { return d.published + " (" + d.published_source + ")"; }

TEST(FindWrittenDate, MonthFirstDayFirstAndIso) {
  WrittenDate d;
  ASSERT_TRUE(FindWrittenDate("KOKOMO, Ind. (June 15, 2014) --", &d));
  EXPECT_EQ(FormatDay(d.year, d.month, d.day), "2014-06-15");
  ASSERT_TRUE(FindWrittenDate("11: 39am UK, Monday 09 September 2013", &d));
  EXPECT_EQ(FormatDay(d.year, d.month, d.day), "2013-09-09");
  ASSERT_TRUE(FindWrittenDate("posted 2016-03-01 at noon", &d));
  EXPECT_EQ(FormatDay(d.year, d.month, d.day), "2016-03-01");
  ASSERT_TRUE(FindWrittenDate("BEIJING, Feb. 24 (Xinhua) --", &d));
  EXPECT_EQ(d.year, 0);
  EXPECT_EQ(d.month, 2);
  EXPECT_EQ(d.day, 24);
}

TEST(FindWrittenDate, VerbsAndBareNumbersAreNoDates) {
  WrittenDate d;
  EXPECT_FALSE(FindWrittenDate("Protesters may march 12 miles to the square.", &d));
  EXPECT_FALSE(FindWrittenDate("The score was 24 to 31.", &d));
  EXPECT_FALSE(FindWrittenDate("February 30, 2015", &d));
}

TEST(DatePublication, GivenDatesAreMeta) {
  EXPECT_EQ(DateOf(Doc("text", "https://x.org/2020/01/02/a", "2025-02-24")), "2025-02-24 (meta)");
}

TEST(DatePublication, UrlForms) {
  EXPECT_EQ(DateOf(Doc("t", "https://www.paper.com/2018/04/17/world/asia/summit.html?x=1")), "2018-04-17 (url)");
  EXPECT_EQ(DateOf(Doc("t", "http://articles.city.com/2005-05-24/news/25441279_1_coach")), "2005-05-24 (url)");
  EXPECT_EQ(DateOf(Doc("t", "https://news.site/item/20250224/ceasefire-talks")), "2025-02-24 (url)");
  EXPECT_EQ(DateOf(Doc("t", "https://news.site/politics/2013/09/vote-count")), "2013-09 (url)");
  EXPECT_EQ(DateOf(Doc("t", "http://www.paper.co.uk/film/2013/aug/02/host-named-2014")), "2013-08-02 (url)");
  // Ids and story numbers are not dates.
  EXPECT_EQ(DateOf(Doc("t", "http://news.site/story/1139218/paris-raid")), " ()");
  EXPECT_EQ(DateOf(Doc("t", "http://news.site/a20130909b/x")), " ()");
}

TEST(DatePublication, WireDatelines) {
  EXPECT_EQ(DateOf(Doc("Storm hits coast\nKOKOMO, Ind. (June 15, 2014) -- Police said four people were hurt.")),
            "2014-06-15 (dateline)");
  // No year in the dateline: the year named in the text (or one of the two
  // after it) on which the day falls on the weekday the lede names.
  EXPECT_EQ(DateOf(Doc("BEIJING, Feb. 24 (Xinhua) -- The two leaders spoke by phone on Monday, marking the "
                       "third year since the 2022 accord. A 2025 plan was discussed.")),
            "2025-02-24 (dateline)");
  EXPECT_EQ(DateOf(Doc("WASHINGTON, April 30 (Reuters) - The White House said on Monday that the tariffs "
                       "first proposed in 2017 would wait.")),
            "2018-04-30 (dateline)");
  // From the URL's year when it has one.
  EXPECT_EQ(DateOf(Doc("LONDON, March 3 (Reuters) - Shares fell.", "https://x.com/markets/2021/03/shares")),
            "2021-03-03 (dateline)");
  // A year deep in the text is background, not the dateline's.
  EXPECT_EQ(DateOf(Doc("OMAHA, Mar. 8 (AP) -- The Bluejays won on Friday.\nl2\nl3\nl4\nl5\nl6\nl7\nl8\n"
                       "It was their best run since 1996.")),
            " ()");
  // Without a year that the weekday confirms, it is not guessed.
  EXPECT_EQ(DateOf(Doc("LONDON, March 3 (Reuters) - Shares fell in 2021 trading.")), " ()");
  EXPECT_EQ(DateOf(Doc("LONDON, March 3 (Reuters) - Shares fell.")), " ()");
}

TEST(DatePublication, BylinesAndStamps) {
  EXPECT_EQ(DateOf(Doc("Title here\nFirst Published: June 13, 2013 4: 59 PM EDT\nThe singer left.")),
            "2013-06-13 (dateline)");
  EXPECT_EQ(DateOf(Doc("Title\nBy Ann Tull | Updated: July 7, 2012, 10: 04 PM ET\nThe fight ended.")),
            "2012-07-07 (dateline)");
  EXPECT_EQ(DateOf(Doc("(Published Wednesday, Jan. 21, 2015)\nThe council met.")), "2015-01-21 (dateline)");
  EXPECT_EQ(DateOf(Doc("Ship seized\nNovember 12, 2011\nThe navy foiled an attack.")), "2011-11-12 (dateline)");
}

TEST(DatePublication, CaptionsNeverDateADocument) {
  EXPECT_EQ(DateOf(Doc("Leaders talk\nFile photo: the two presidents in Kazan, Oct 22, 2024.\nThe leaders spoke.")),
            " ()");
  // The caption is skipped; the stamp below it dates the report.
  EXPECT_EQ(DateOf(Doc("Leaders talk\n(AP Photo/Jo Lee, March 1, 2020)\nPosted: March 9, 2020\nThey spoke.")),
            "2020-03-09 (dateline)");
}

TEST(DatePublication, TheLedesLatestFullDateWhenNothingElse) {
  EXPECT_EQ(DateOf(Doc("The dam was finished on May 2, 1998. It broke on April 30, 2012, flooding the valley. "
                       "Repairs began on 3 May 2012.")),
            "2012-05-03 (text)");
}

TEST(DatePublication, BackgroundDatesDeepInTheTextDateNothing) {
  EXPECT_EQ(DateOf(Doc("a\nb\nc\nd\ne\nf\ng\nh\ni\nOn June 1, 2019 -- the vote was held.")), " ()");
}

}  // namespace
}  // namespace readout::ingest
