from kg.ingest.boilerplate import boilerplate_spans, mask


def _kept(text):
    return mask(text, boilerplate_spans(text))


def test_mask_keeps_length_and_newlines_so_offsets_stay_valid():
    text = "Story line one.\nJoin our commenting forum\nStory line two.\n"
    clean = _kept(text)
    assert len(clean) == len(text)
    assert clean.count("\n") == text.count("\n")
    assert "commenting" not in clean and "Story line two." in clean


def test_reader_appeal_is_masked_but_the_story_glued_to_it_is_kept():
    text = ("Your support helps us to tell the story\n"
            "At such a moment, we need reporters on the ground. Your donation keeps our journalism free.\n"
            "Your support makes all the difference.The mayor said the bridge would reopen on Friday.\n")
    clean = _kept(text)
    assert "donation" not in clean and "Your support" not in clean
    assert "The mayor said the bridge would reopen on Friday." in clean


def test_repeated_caption_and_photo_credits_are_masked():
    text = ("Rescuers search the rubble in the old town on Monday. (Jane Roe/AFP via Getty Images)\n"
            "The governor said 12 people were missing.\n"
            "The governor said 12 people were missing.\n")
    clean = _kept(text)
    assert "Rescuers" not in clean
    assert clean.count("The governor said 12 people were missing.") == 1


def test_an_appeal_glued_to_a_whole_article_on_one_line_hides_only_the_appeal():
    """An article pasted as one line, a donation appeal at its head: the story after the appeal is kept."""
    from kg.ingest.boilerplate import boilerplate_spans

    story = ("The harbour master said the ferry left on time. Fishermen said the crossing was rough. "
             "The council will meet on Friday to discuss the pier. ") * 4 + "Readers can subscribe to the port's newsletter."
    line = ("Your donation helps us keep our reporting free for everyone. Please support us today." + story)
    text = "Ferry news\n\n" + line + "\n"
    spans = boilerplate_spans(text)
    hidden = "".join(text[s:e] for s, e in spans)
    assert "donation" in hidden and "harbour master" not in hidden
