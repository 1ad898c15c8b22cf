"""Lint the probe texts (benchmarks/data/probes) with the bundled glossary and print what is
found at warning or above: on the correct translations, every such finding is a false alarm
(the translations are right); on the drafts with errors put in by hand, each listed error
(errors.tsv) must be found.

    PYTHONPATH=src python3 benchmarks/probes.py [--all]

--all prints the info findings too. The texts are the project's own (their README says how
they were made): a check on the kinds docs/lint.md's tenth round made rules of, not a
precision figure.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from yongeo.glossary.stored import load_po_glossary
from yongeo.lint import LintIndex, lint_pair, lint_po, lint_text

PROBES = ROOT / "benchmarks" / "data" / "probes"
# (text, translated from, also read the other way): every pair is a correct translation.
PAIRS = [
    ("readout-call", "ko", False), ("readout-vice", "ko", True),
    ("brief-english", "en", True), ("brief-korean", "ko", True),
    ("wire-report", "ko", True), ("japan-statements", "en", True),
    ("seafood-ban", "en", True), ("policy-news", "ko", True), ("headlines", "en", False),
    ("press-release", "ko", True), ("nso-briefing", "ko", True), ("abstract", "en", True),
    ("press-qa", "ko", True), ("editorial", "ko", True), ("joint-statement", "en", True),
    ("chronology", "ko", True), ("interview", "en", True), ("protest", "ko", True),
    ("seminar", "ko", True), ("economy", "en", True), ("speech", "ko", True),
    ("md-brief", "ko", True), ("embassy", "en", True), ("report", "ko", True),
    ("wire-english", "ko", True), ("assembly-hearing", "ko", True),
    ("press-conference", "ko", True), ("sado-feature", "ko", True),
    ("gsomia-commentary", "en", True), ("yasukuni-wire", "en", True),
    ("compensation-release", "ko", True), ("journal-article", "en", True),
    ("tv-news", "ko", True), ("social-thread", "ko", True), ("visa-faq", "ko", True),
    ("japan-oped", "en", True), ("policy-report", "ko", True), ("diplomatic-note", "ko", True),
    ("missile-wire", "en", True), ("joongang-oped", "ko", True), ("apec-readout", "ko", True),
    ("ambassador-interview", "en", True), ("thinktank-emails", "en", True),
    ("history-textbook", "ko", True), ("diet-speech", "en", True),
    ("liberation-day", "ko", True), ("court-ruling", "ko", True), ("museum-panels", "ko", True),
    ("opinion-poll", "en", True), ("bluebook-news", "en", True),
    ("podcast-transcript", "en", True), ("un-statement", "en", True),
    ("fact-check", "ko", True), ("trade-analysis", "en", True), ("memorial-release", "ko", True),
    ("newsletter", "en", True), ("book-review", "en", True),
    ("documentary-subtitles", "ko", True), ("diet-qa", "en", True),
    ("conference-program", "en", True), ("maritime-release", "ko", True),
    ("audit-summary", "ko", True), ("executive-summary", "en", True),
    ("magazine-interview", "ko", True), ("trilateral-release", "en", True),
    ("scholar-oped", "en", True), ("sister-city", "ko", True),
    ("fisheries-agreement", "en", True), ("archive-guide", "en", True),
    ("speaker-bios", "en", True), ("briefing-slides", "ko", True),
    ("encyclopedia", "ko", True), ("ambassador-speech", "ko", True),
    ("tourism-brochure", "ko", True), ("victims-statement", "en", True),
    ("expert-qa", "en", True), ("business-news", "ko", True), ("fact-sheet", "en", True),
    ("bill-summary", "ko", True), ("video-description", "en", True),
    ("abstracts-booklet", "ko", True), ("trade-statistics", "en", True),
    ("legal-brief", "en", True), ("culture-feature", "ko", True),
    ("parliament-minutes", "ko", True), ("written-inquiry", "ko", True),
    ("scholarship-call", "en", True), ("cabinet-presser", "en", True),
    ("travel-advisory", "ko", True), ("sports-diplomacy", "ko", True),
    ("policy-recommendations", "en", True), ("debate-transcript", "ko", True),
    ("letter-to-editor", "en", True), ("obituary", "ko", True), ("grant-report", "en", True),
    ("infographic-captions", "ko", True), ("live-blog", "en", True), ("mou-release", "ko", True),
    ("weekly-schedule", "ko", True), ("syllabus", "en", True), ("audio-guide", "ko", True),
    ("job-posting", "en", True), ("radio-bulletin", "ko", True),
    ("conference-report", "en", True), ("court-summary", "en", True), ("city-council", "ko", True),
    ("newsletter-digest", "en", True), ("company-statement", "en", True),
    ("assembly-resolution", "ko", True), ("online-petition", "ko", True),
    ("ferry-guide", "en", True), ("prefecture-release", "en", True), ("book-preface", "ko", True),
    ("codebook", "en", True), ("friendship-agreement", "ko", True),
    ("human-rights-report", "en", True), ("mun-position-paper", "en", True),
    ("cfp-normalization60", "ko", True), ("budget-review", "ko", True),
    ("interpreting-tender", "ko", True), ("pool-report", "ko", True),
    ("exchange-prize", "en", True), ("field-trip-guide", "en", True),
    ("history-exam", "ko", True), ("embassy-cable", "ko", True),
    ("protocol-guide", "en", True), ("corrections-column", "ko", True),
    ("style-guide", "en", True), ("josei-memorial-fund", "ko", True),
    ("summit-interpretation", "ko", True), ("travel-vlog", "ko", True),
    ("whitepaper-japan", "ko", True), ("summits-reference", "en", True),
    ("interpreting-contract", "en", True), ("group-chat", "ko", True),
    ("dna-consent", "ko", True), ("foundation-guide", "ko", True),
    ("lesson-plan", "en", True), ("today-in-history", "ko", True),
    ("chapter-endnotes", "en", True), ("auction-catalogue", "en", True),
    ("embassy-alerts", "ko", True), ("inflight-tsushima", "ko", True),
    ("film-review", "ko", True), ("forum-thread", "ko", True),
    ("annual-report", "en", True), ("dinner-toasts", "ko", True),
    ("talking-points", "ko", True), ("motegi-profile", "ko", True),
    ("summit-captions", "en", True), ("football-statement", "en", True),
    ("shadow-report", "en", True), ("ukishima-memorial", "ko", True),
    ("terminology-emails", "ko", True), ("tokyo-trip-memo", "ko", True),
    ("picture-book", "ko", True), ("exhibition-preview", "en", True),
    ("assembly-interpellation", "ko", True), ("wiki-naming-controversy", "ko", True),
    ("research-note", "ko", True), ("envoy-route-column", "en", True),
    ("easy-read-summit", "ko", True), ("diplomat-memoir", "ko", True),
    ("forced-labor-alerts", "en", True), ("yamaguchi-invitation", "ko", True),
    ("radio-phone-in", "ko", True), ("rebuttal-letter", "en", True),
    ("japan-rok-qa", "en", True), ("historian-thread", "ko", True),
    ("uni-research-josei", "ko", True), ("union-statement-compensation", "ko", True),
    ("overseas-voters", "ko", True), ("sister-school", "en", True),
    ("press-kit", "en", True), ("webtoon-script", "ko", True),
    ("league-statement", "ko", True), ("talks-record", "ko", True),
    ("compliance-guide", "ko", True), ("stamp-notice", "ko", True),
    ("call-script", "en", True),
    ("assembly-resolution-yamaguchi", "en", True), ("fisheries-release-gyeongbuk", "ko", True),
    ("customs-notice", "ko", True), ("airline-release", "en", True),
    ("remembrance-booklet", "ko", True), ("relief-statement", "en", True),
    ("school-enrolment", "ko", True), ("newyear-message", "ko", True),
    ("embassy-instagram", "ko", True),
    ("mission-report", "ko", True), ("correspondents-backgrounder", "en", True),
    ("repatriation-release", "ko", True), ("year-review", "ko", True),
    ("rights-recommendation", "ko", True), ("risk-outlook", "en", True),
    ("peer-review", "en", True), ("book-jacket", "ko", True),
    ("event-listing", "ko", True), ("textbook-explainer", "en", True),
    ("project-report", "ko", True),
    ("essay-winner", "ko", True), ("judges-report", "en", True),
    ("council-report", "ko", True), ("mayor-welcome", "en", True),
    ("film-catalog", "ko", True), ("theatre-notes", "en", True),
    ("lecture-transcript", "ko", True), ("nars-brief", "ko", True),
    ("oral-history", "ko", True), ("finding-aid", "en", True),
    ("securities-note", "en", True), ("ir-qa", "ko", True),
    ("museum-worksheet", "ko", True),
    ("sar-summary", "ko", True), ("ferry-notices", "ko", True),
    ("ambassador-column", "en", True), ("student-statement", "ko", True),
    ("research-call", "ko", True), ("fund-evaluation", "en", True),
    ("news-quiz", "ko", True),
    ("diet-question", "en", True), ("diplomat-blog", "ko", True),
    ("study-tour", "ko", True), ("restaurant-feature", "en", True),
    ("academy-mou", "ko", True), ("spokesperson-qa", "ko", True),
    ("historian-tribute", "en", True),
    ("personnel-notice", "ko", True), ("mindan-address", "ko", True),
    ("fishing-seizure", "ko", True), ("treaty-explainer", "en", True),
    ("exchange-handbook", "en", True), ("press-digest", "ko", True),
    ("linkedin-posts", "en", True), ("earthquake-notice", "ko", True),
    ("business-council", "en", True),
    ("memorial-program", "ko", True), ("gazette-notice", "ko", True),
    ("factbox", "en", True), ("working-holiday-guide", "ko", True),
    ("interpreter-wordlist", "en", True), ("org-directory", "ko", True),
    ("local-editorial", "en", True), ("push-notifications", "ko", True),
    ("state-banquet-program", "ko", True),
    ("police-cooperation", "ko", True), ("unesco-report", "en", True),
    ("viewer-complaint", "ko", True), ("campaign-pledge", "ko", True),
    ("spelling-qa", "ko", True), ("esg-report", "en", True), ("student-blog", "en", True),
    ("entertainment-news", "ko", True), ("reception-invitation", "ko", True),
    ("seafood-faq", "ko", True), ("explainer-script", "ko", True),
    ("trip-consent-form", "ko", True), ("gift-registry", "ko", True), ("guestbook", "ko", True),
    ("congress-hearing", "en", True), ("dictionary-entries", "en", True),
    ("language-column", "ko", True), ("sports-broadcast", "ko", True),
    ("book-index", "en", True), ("loan-agreement", "ko", True),
    ("condolence-letter", "ko", True), ("mayor-memorial-speech", "en", True),
    ("joint-history-report", "ko", True), ("community-notices", "ko", True),
    ("zainichi-essay", "ko", True), ("open-letter", "en", True), ("precedence-list", "ko", True),
    ("note-verbale", "en", True), ("cabinet-meeting", "ko", True),
    ("assessment-memo", "en", True), ("inflight-announcement", "ko", True),
    ("hometown-tax", "ko", True), ("notary-guide", "ko", True),
    ("photo-keywords", "en", True), ("exchange-speech", "en", True),
    ("commemorative-coin", "ko", True),
    ("court-docket", "ko", True), ("temple-memorial-notice", "en", True),
    ("app-listing", "en", True), ("tabletop-exercise", "en", True),
    ("survey-answers", "ko", True), ("diplomat-exam-question", "ko", True),
    ("donation-thanks", "en", True), ("marriage-guide", "ko", True), ("pension-faq", "ko", True),
    ("shipping-bulletin", "ko", True), ("podcast-show-notes", "en", True),
    ("prefecture-statement", "en", True), ("archive-request-letter", "en", True),
    ("fan-club-notice", "ko", True), ("budget-explainer", "ko", True),
    ("parliamentarians-union", "ko", True), ("crisis-call-script", "ko", True),
    ("model-un-position", "en", True), ("ngo-grant-report", "en", True),
    ("trade-fair-guide", "ko", True), ("ministry-org-chart", "ko", True),
    ("hospital-interpreter-guide", "ko", True), ("heritage-signage", "en", True),
    ("sister-school-letter", "ko", True), ("esports-announcement", "en", True),
    ("court-interpreter-glossary", "ko", True), ("radio-call-in", "ko", True),
    ("travel-agency-itinerary", "ko", True), ("labor-union-statement", "ko", True),
    ("textbook-review-panel", "en", False), ("kdrama-press-kit", "ko", True),
    ("consulate-newsletter", "ko", True), ("senate-resolution", "en", True),
    ("shipbuilding-contract-news", "en", True), ("memorial-volunteer-handbook", "ko", True),
    ("ministerial-talking-points", "en", True), ("nuclear-envoy-readout", "ko", True),
    ("fisheries-union-petition", "ko", True), ("war-grave-survey-report", "en", True),
    ("coast-guard-incident-log", "ko", True), ("think-tank-event-recap", "en", True),
    ("university-exchange-faq", "en", True), ("tv-debate-subtitles", "ko", True),
    ("export-compliance-memo", "en", True), ("diaspora-museum-tour", "ko", True),
    ("city-hall-press-briefing", "ko", True), ("mindan-youth-camp", "ko", True),
    ("court-judgment-digest", "ko", True), ("wire-photo-captions", "en", True),
    ("museum-donation-agreement", "en", True), ("embassy-job-notice", "en", True),
    ("anniversary-symposium-cfp", "ko", True), ("ngo-fact-sheet-remains", "ko", True),
    ("airline-cabin-notice", "en", True),
    ("defense-talks-readout", "ko", True), ("annotated-bibliography", "en", True),
    ("kpop-tour-notice", "ko", True), ("travel-insurance-summary", "en", True),
    ("joint-lab-release", "ko", True), ("foia-response", "ko", True),
    ("governor-visit-speech", "en", True), ("yen-market-comment", "ko", True),
    ("delegation-travel-report", "ko", True), ("quiz-show-script", "ko", True),
    ("alumni-magazine-feature", "en", True), ("press-freedom-statement", "en", True),
    ("language-school-brochure", "ko", True), ("negotiation-simulation", "en", True),
    ("board-minutes", "ko", True), ("former-ambassador-oped", "en", True),
    ("semiconductor-supply-note", "en", True), ("principal-newsletter", "ko", True),
    ("poster-abstracts", "en", True), ("vigil-announcement", "ko", True),
    ("hallyu-festival-program", "ko", True), ("citizen-letter-lawmaker", "ko", True),
    ("audio-description-tour", "en", True), ("wiki-biography-cho", "en", True),
    ("foundation-payment-notice", "ko", True), ("tourist-market-report", "en", True),
    ("defense-white-paper-excerpt", "ko", True), ("investor-newsletter", "en", True),
    ("reader-qa-column", "ko", True), ("tm-review-report", "en", True),
    ("church-peace-statement", "ko", True), ("embassy-cultural-courses", "en", True),
    ("shuttle-visit-explainer", "ko", True), ("ngo-un-submission", "en", True),
    ("fishing-market-report", "ko", True), ("sports-bid-statement", "en", True),
    ("airport-signage-texts", "ko", True), ("grant-application-narrative", "en", True),
    ("ministry-careers-page", "ko", True), ("memoir-excerpt", "en", True),
    ("sideline-fm-readout", "ko", True), ("city-council-resolution", "en", True),
    ("admission-guide-japanese", "ko", True), ("ferry-route-release", "en", True),
    ("museum-loan-summary", "ko", True), ("academic-book-review", "en", True),
    ("overseas-voting-notice", "ko", True), ("aid-thanks-letter", "en", True),
    ("cabinet-approval-notice", "ko", True), ("mofa-press-secretary", "en", True),
    ("port-city-feature", "ko", True), ("scholarship-award-speech", "en", True),
    ("fishermen-interview", "ko", True), ("joint-survey-report", "en", True),
    ("local-campaign-speech", "ko", True), ("condolence-message", "en", True),
    ("memorial-inscriptions", "ko", True), ("economic-security-brief", "en", True),
    ("zainichi-ngo-newsletter", "ko", True), ("business-forum-keynote", "en", True),
    ("court-press-release", "ko", True), ("japanese-scholar-oped", "en", True),
    ("food-diplomacy-script", "ko", True), ("press-accreditation-guide", "en", True),
    ("trilateral-fm-statement", "en", True), ("port-authority-report", "ko", True),
    ("student-debate-speech", "en", True), ("teacher-blog", "ko", True),
    ("airline-route-faq", "en", True), ("veterans-letter", "ko", True),
    ("lecture-notes", "en", True), ("documentary-narration", "ko", True),
    ("march-first-speech", "ko", True), ("japanese-editorial-english", "en", True),
    ("civic-forum-minutes", "ko", True), ("sister-port-agreement", "en", True),
    ("fisheries-fact-sheet", "ko", True), ("youth-essay-entry", "en", True),
    ("museum-catalogue-entries", "ko", True), ("short-commentary", "en", True),
    ("ambassador-credentials-release", "ko", True), ("exchange-student-diary", "en", True),
    ("think-tank-roundtable-summary", "ko", True),
    ("shipyard-joint-venture-release", "en", True),
    ("parliamentary-friendship-statement", "ko", True), ("tour-guide-script", "en", True),
    ("court-interpreter-notes", "ko", True), ("policy-faq-treated-water", "en", True),
    ("regional-assembly-report", "ko", True), ("wire-analysis", "en", True),
    ("memorial-service-address", "ko", True), ("cultural-festival-review", "en", True),
    ("customs-guidance", "ko", True), ("diaspora-oral-history", "en", True),
    ("ministry-weekly-briefing", "ko", True), ("university-symposium-report", "en", True),
    ("coast-guard-joint-drill", "ko", True), ("investor-call-transcript", "en", True),
    ("heritage-nomination-brief", "ko", True), ("kdrama-fan-translation-note", "en", True),
    ("consular-safety-bulletin", "ko", True), ("peace-museum-guide", "en", True),
    ("newspaper-timeline", "ko", True), ("sports-exchange-report", "en", True),
    ("summit-preview-column", "ko", True), ("japanese-consulate-notice", "en", True),
    ("labour-history-lecture", "ko", True), ("trade-association-letter", "en", True),
    ("church-exchange-report", "ko", True), ("economic-outlook-brief", "en", True),
    ("victims-family-testimony", "ko", True), ("diplomatic-academy-syllabus", "en", True),
    ("vice-ministerial-readout", "ko", True), ("japanese-tourist-survey", "en", True),
    ("history-podcast-episode", "ko", True), ("ngo-press-conference", "en", True),
    ("provincial-trade-mission", "ko", True), ("consular-faq-family", "en", True),
    ("exhibition-wall-texts", "ko", True), ("policy-memo-fisheries", "en", True),
    ("national-assembly-forum", "ko", True), ("english-daily-editorial", "en", True),
    ("school-textbook-column", "ko", True), ("embassy-scholarship-notice", "en", True),
    ("defense-ministry-briefing", "ko", True), ("think-tank-podcast-notes", "en", True),
    ("city-tourism-press-kit", "ko", True), ("legal-explainer", "en", True),
    ("fisheries-cooperative-newsletter", "ko", True),
    ("foreign-correspondent-dispatch", "en", True), ("museum-education-worksheet", "ko", True),
    ("interpreter-training-handout", "en", True), ("local-newspaper-interview", "ko", True),
    ("ministry-speech-draft", "en", True), ("memorial-foundation-report", "ko", True),
    ("student-exchange-blog", "en", True),
    ("trilateral-summit-readout", "ko", True), ("sado-mine-memorial-report", "en", True),
    ("youth-exchange-blog", "ko", True), ("maritime-boundary-explainer", "en", True),
    ("election-debate-factcheck", "ko", True), ("japanese-ministry-faq", "en", True),
    ("teacher-training-module", "ko", True), ("wire-obituary", "en", True),
    ("ministerial-joint-press-conference", "ko", True),
    ("semiconductor-export-controls-brief", "en", True), ("radio-call-in-show", "ko", True),
    ("japanese-local-paper-feature", "en", True), ("ngo-annual-appeal", "ko", True),
    ("think-tank-event-summary", "en", True), ("unification-ministry-brief", "ko", True),
    ("shipping-company-advisory", "en", True), ("presidential-press-conference", "ko", True),
    ("japanese-think-tank-report", "en", True), ("kindergarten-exchange-letter", "ko", True),
    ("sports-federation-release", "en", True), ("regional-newspaper-column", "ko", True),
    ("university-joint-degree-page", "en", True), ("diplomatic-cable-summary", "ko", True),
    ("port-authority-notice", "en", True),
    ("summit-joint-press-statement", "ko", True), ("japanese-newspaper-interview", "en", True),
    ("museum-exhibition-catalogue", "ko", True), ("consular-emergency-guide", "en", True),
    ("city-council-minutes", "ko", True), ("fact-sheet-fukushima-water", "en", True),
    ("radio-news-bulletin", "ko", True), ("academic-conference-abstracts", "en", True),
    ("foreign-ministry-spokesperson-briefing", "ko", True),
    ("japanese-embassy-newsletter", "en", True), ("business-association-survey", "ko", True),
    ("human-rights-ngo-letter", "en", True), ("history-webtoon-script", "ko", True),
    ("security-conference-speech", "en", True), ("local-festival-guide", "ko", True),
    ("wire-outlook-2026", "en", True), ("national-assembly-committee-report", "ko", True),
    ("japanese-prefecture-press-release", "en", True), ("oral-history-transcript", "ko", True),
    ("think-tank-policy-brief", "en", True), ("church-peace-sermon", "ko", True),
    ("tourism-board-faq", "en", True), ("presidential-speech-anniversary", "ko", True),
    ("shipping-insurance-bulletin", "en", True),
    ("ambassador-press-interview", "ko", True), ("g7-outreach-readout", "en", True),
    ("university-lecture-slides", "ko", True),
    ("human-remains-repatriation-update", "en", True),
    ("fishermen-union-statement", "ko", True), ("embassy-visa-faq", "en", True),
    ("tv-news-transcript", "ko", True), ("student-model-summit-guide", "en", True),
    ("cabinet-office-bulletin", "ko", True), ("japanese-ngo-appeal", "en", True),
    ("defense-exchange-plan", "ko", True), ("academic-journal-review", "en", True),
    ("port-city-newsletter", "ko", True), ("consular-crisis-bulletin", "en", True),
    ("heritage-site-brochure", "ko", True), ("trade-ministry-release", "en", True),
    ("unification-forum-summary", "ko", True), ("japanese-textbook-controversy", "en", True),
    ("parliamentary-friendship-league", "ko", True), ("maritime-incident-report", "en", True),
    ("diaspora-radio-script", "ko", True), ("investor-risk-note", "en", True),
    ("cultural-center-program", "ko", True), ("think-tank-podcast-transcript", "en", True),
    ("vice-minister-speech", "ko", True), ("japanese-wire-report", "en", True),
    ("ngo-research-report", "ko", True), ("airline-press-release", "en", True),
    ("court-interview", "ko", True), ("japanese-pm-statement", "en", True),
    ("school-exchange-report", "ko", True), ("conference-keynote", "en", True),
    ("assembly-question-time", "ko", True), ("japanese-research-abstract", "en", True),
    ("provincial-tourism-plan", "ko", True), ("us-embassy-statement", "en", True),
    ("memorial-ceremony-program", "ko", True), ("economic-daily-column", "en", True),
    ("citizens-petition", "ko", True), ("japanese-local-government-letter", "en", True),
    ("defense-minister-presser", "ko", True), ("japanese-consul-speech", "en", True),
    ("history-teacher-blog", "ko", True), ("think-tank-event-invitation", "en", True),
    ("ferry-company-newsletter", "ko", True), ("legal-aid-guide", "en", True),
    ("broadcast-documentary-synopsis", "ko", True), ("international-ngo-brief", "en", True),
    ("presidential-office-briefing", "ko", True),
    ("japanese-daily-interview-korean-minister", "en", True),
    ("zainichi-school-newsletter", "ko", True), ("seafood-market-report", "en", True),
    ("veterans-association-statement", "ko", True), ("un-human-rights-submission", "en", True),
    ("culture-ministry-release", "ko", True), ("trilateral-secretariat-report", "en", True),
    ("assembly-research-service-brief", "ko", True),
    ("japanese-business-federation-statement", "en", True),
    ("local-radio-interview", "ko", True), ("embassy-cultural-calendar", "en", True),
    ("family-history-letter", "ko", True), ("wire-explainer-gsomia", "en", True),
    ("city-hall-sister-city-report", "ko", True), ("scholarly-blog-post", "en", True),
    ("ruling-party-statement", "ko", True), ("japanese-opposition-statement", "en", True),
    ("peace-museum-newsletter", "ko", True), ("maritime-academy-syllabus", "en", True),
    ("travel-magazine-feature", "ko", True), ("diplomatic-exam-prep", "en", True),
    ("disaster-cooperation-mou", "ko", True), ("pop-culture-podcast-notes", "en", True),
    ("first-lady-visit-release", "ko", True), ("japanese-coast-guard-release", "en", True),
    ("red-cross-remains-notice", "ko", True), ("think-tank-scenario-paper", "en", True),
    ("governor-letter-japanese-residents", "ko", True),
    ("semiconductor-materials-trade-news", "en", True),
    ("teachers-union-statement", "ko", True), ("prefectural-assembly-summary", "en", True),
    ("national-security-office-briefing", "ko", True),
    ("english-daily-zainichi-feature", "en", True),
    ("lawyers-group-suit-summary", "ko", True), ("japanese-mofa-summit-readout", "en", True),
    ("tourism-institute-visitor-survey", "ko", True), ("energy-cooperation-brief", "en", True),
    ("education-office-guidance", "ko", True), ("hotel-welcome-letter", "en", True),
    ("strait-governors-speech", "ko", True), ("textbook-publisher-reply", "en", True),
    ("buddhist-memorial-notice", "ko", True), ("rating-agency-commentary", "en", True),
    ("alumni-bulletin", "ko", True), ("military-history-abstracts", "en", True),
    ("national-archives-exhibit-notice", "ko", True), ("baseball-series-wire", "en", True),
    ("unification-ministry-newsletter", "ko", True), ("japanese-ambassador-farewell", "en", True),
    ("fishermen-cooperative-bulletin", "ko", True), ("hydrogen-consortium-release", "en", True),
    ("university-president-speech", "ko", True), ("ngo-shadow-briefing", "en", True),
    ("consulate-disaster-notice", "ko", True), ("film-festival-catalogue", "en", True),
    ("prime-minister-office-release", "ko", True), ("japanese-local-paper-editorial", "en", True),
    ("sports-ministry-announcement", "ko", True), ("shipping-analyst-note", "en", True),
    ("historian-lecture-summary", "ko", True), ("think-tank-event-transcript", "en", True),
    ("provincial-assembly-resolution", "ko", True), ("tourism-agency-newsletter", "en", True),
    ("defense-ministry-readout", "ko", True), ("japanese-company-apology-statement", "en", True),
    ("civic-group-press-conference", "ko", True), ("investment-outlook-2026", "en", True),
    ("diaspora-newspaper-column", "ko", True), ("maritime-law-casebook", "en", True),
    ("school-history-club-report", "ko", True), ("airline-inflight-magazine", "en", True),
    ("foreign-ministry-web-feature", "ko", True), ("japanese-consulate-blog", "en", True),
    ("museum-wiki-page", "ko", True), ("security-newsletter", "en", True),
    ("ngo-campaign-page", "ko", True), ("developer-docs-translation", "en", True),
    ("school-club-readme", "ko", True), ("policy-brief-markdown", "en", True),
    ("presidential-office-blog", "ko", True), ("japanese-embassy-newsletter-md", "en", True),
    ("city-hall-wiki", "ko", True), ("fact-check-article", "en", True),
    ("civic-group-faq-page", "ko", True), ("maritime-data-portal-docs", "en", True),
    ("history-teacher-handout", "ko", True), ("trade-association-bulletin", "en", True),
    ("unification-institute-report", "ko", True), ("japanese-pm-office-transcript", "en", True),
    ("diaspora-community-site", "ko", True), ("open-source-glossary-docs", "en", True),
    ("university-course-page", "ko", True), ("wire-service-explainer-md", "en", True),
    ("memorial-foundation-annual-report", "ko", True), ("shipping-line-notice-md", "en", True),
    ("korean-journal-abstracts", "ko", True), ("english-area-studies-review", "en", True),
    ("korean-law-review-note", "ko", True), ("japan-focus-article", "en", True),
    ("assembly-glossary-briefing", "ko", True), ("correspondent-notebook", "en", True),
    ("museum-bilingual-labels-essay", "ko", True), ("language-learning-newsletter", "en", True),
    ("think-tank-korean-report", "ko", True), ("english-newsletter-korean-terms", "en", True),
    ("history-foundation-paper", "ko", True), ("wire-backgrounder-glossed", "en", True),
    ("ministry-terminology-notice", "ko", True), ("japanese-studies-blog", "en", True),
    ("graduate-thesis-abstract", "ko", True), ("podcast-transcript-glossed", "en", True),
    ("court-ruling-summary-glossed", "ko", True), ("english-textbook-chapter", "en", True),
    ("ngo-report-bilingual", "ko", True), ("economic-brief-glossed", "en", True),
    ("local-government-exchange-plan", "ko", True), ("cultural-magazine-profile", "en", True),
    ("defense-journal-article", "ko", True), ("tourism-guidebook-chapter", "en", True),
]

# PO catalogs translated from English: every translation in them is correct.
CATALOGS = ["site.ko.po", "consular-app.ko.po", "event-site.en.po", "community-site.ko.po",
            "exchange-app.ko.po", "archive-docs.ko.po", "news-app.ko.po",
            "museum-kiosk.ko.po", "quiz-app.ko.po", "museum-app.ko.po",
            "perception-survey.ko.po", "history-course.ko.po", "collection-db.ko.po",
            "ferry-booking.ko.po", "forum-livestream.ko.po",
            "grant-portal.ko.po", "chatbot.ko.po", "question-bank.ko.po",
            "petition-site.ko.po", "history-app.ko.po", "hotline-menu.ko.po",
            "memorial-labels.ko.po", "evisa-portal.ko.po", "newsroom-cms.ko.po",
            "map-app.ko.po", "tm-export.ko.po", "dashboard.ko.po", "foundation-portal.ko.po",
            "moderation-tool.ko.po", "tourism-stats.ko.po",
            "karaoke-app.ko.po", "comment-moderation-guide.ko.po",
            "visa-waiver-notice.ko.po", "treaty-faq.ko.po",
            "ticketing-app.ko.po", "conference-registration.ko.po", "news-tag-taxonomy.ko.po",
            "appointment-booking.ko.po", "language-exchange-app.ko.po",
            "thinktank-site-nav.ko.po", "history-game-l10n.ko.po", "library-catalog-ui.ko.po",
            "podcast-app.ko.po", "release-notes-app.ko.po",
            "claims-portal.ko.po", "history-elearning.ko.po", "visa-application-form.ko.po",
            "school-exchange-portal.ko.po", "smart-city-portal.ko.po",
            "museum-membership.ko.po", "kiosk-translator.ko.po", "open-data-portal.ko.po",
            "emergency-alert-app.ko.po", "dictionary-app.ko.po",
            "subtitle-editor-app.ko.po", "ngo-donation-portal.ko.po",
            "travel-booking-app.ko.po", "archives-search-ui.ko.po", "survey-platform.ko.po",
            "news-aggregator.ko.po", "museum-audio-app.ko.po", "city-sister-portal.ko.po",
            "event-ticketing-app.ko.po", "research-database-ui.ko.po",
            "airline-loyalty-app.ko.po", "civic-petition-platform.ko.po",
            "shipping-tracker-app.ko.po", "language-course-platform.ko.po",
            "visa-waiver-app.ko.po", "parliamentary-library-ui.ko.po",
            "news-translation-plugin.ko.po", "victims-registry-form.ko.po",
            "travel-insurance-app.ko.po", "civil-petition-portal.ko.po",
            "ferry-ticket-kiosk.ko.po", "diplomatic-archive-viewer.ko.po",
            "scholarship-portal.ko.po", "court-records-search.ko.po",
            "language-learning-app.ko.po", "memorial-donation-site.ko.po",
            "news-wire-cms.ko.po", "remembrance-app.ko.po", "subtitle-style-guide.ko.po",
            "migrant-support-portal.ko.po", "embassy-event-registration.ko.po",
            "history-quiz-game.ko.po",
            "ministry-faq-portal.ko.po", "travel-booking-widget.ko.po",
            "ai-translation-tool.ko.po", "library-exhibit-kiosk.ko.po",
            "museum-ticketing-app.ko.po", "news-fact-database.ko.po",
            "customs-declaration-app.ko.po", "memorial-hall-audio-guide.ko.po",
            "volunteer-signup-portal.ko.po", "ministry-press-room.ko.po",
            "opinion-poll-platform.ko.po", "digital-archive-viewer.ko.po",
            "election-info-app.ko.po", "envoy-route-vr-tour.ko.po",
            "parliament-exchange-portal.ko.po", "remittance-app.ko.po",
            "legal-aid-chatbot.ko.po", "style-checker-plugin.ko.po",
            "museum-donation-portal.ko.po", "diplomatic-calendar-app.ko.po",
            "embassy-visa-portal.ko.po", "news-glossary-widget.ko.po",
            "volunteer-translation-platform.ko.po", "exhibition-booking-kiosk.ko.po",
            "cms-newsroom-templates.ko.po", "museum-site-l10n.ko.po",
            "travel-app-help-center.ko.po", "parliamentary-site-nav.ko.po",
            "exhibition-app-strings.ko.po", "news-aggregator-tags.ko.po",
            "bilingual-glossary-app.ko.po", "academic-conference-site.ko.po",
            "translation-memory-review.ko.po", "embassy-bilingual-site.ko.po",
            "dictionary-entries-app.ko.po", "newsroom-style-plugin.ko.po",
]


def shown(findings, every: bool):
    return [f for f in findings if every or f.severity.value != "info"]


def correct_runs(index: LintIndex):
    """(name, source language, target language, findings) for every run over the correct
    translations."""
    for name, first, both in PAIRS:
        other = "en" if first == "ko" else "ko"
        for source_lang, target_lang in [(first, other)] + ([(other, first)] if both else []):
            source = (PROBES / f"{name}.{source_lang}.txt").read_text(encoding="utf-8")
            draft = (PROBES / f"{name}.{target_lang}.txt").read_text(encoding="utf-8")
            yield name, source_lang, target_lang, lint_pair(
                source, draft, index, source_lang=source_lang, target_lang=target_lang)
    for name in CATALOGS:
        text = (PROBES / name).read_text(encoding="utf-8")
        yield name, "en", "ko", lint_po(text, index, path=name)


def _lint_draft(draft: str, source: str, index: LintIndex) -> list:
    """The findings on a draft with errors: a PO catalog, a pair, or a text alone."""
    text = (PROBES / draft).read_text(encoding="utf-8")
    if draft.endswith(".po"):
        return lint_po(text, index, path=draft)
    if source:
        return lint_pair((PROBES / source).read_text(encoding="utf-8"), text, index)
    return lint_text(text, index)


def missed_errors(index: LintIndex) -> tuple[list[tuple[str, str, str]], int]:
    """The errors of errors.tsv not found at warning or above, and how many there are."""
    with (PROBES / "errors.tsv").open(encoding="utf-8") as handle:
        rows = list(csv.reader((line for line in handle if not line.startswith("#")),
                               delimiter="\t"))
    drafts: dict[tuple[str, str], list] = {}
    missed = []
    for draft, source, rule, term, _why in rows:
        key = (draft, source)
        if key not in drafts:
            drafts[key] = shown(_lint_draft(draft, source, index), False)
        if not any(f.rule == rule and f"'{term}'" in f.message for f in drafts[key]):
            missed.append((draft, rule, term))
    return missed, len(rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--all", action="store_true", help="print info findings too")
    options = parser.parse_args()
    index = LintIndex.build(load_po_glossary(ROOT / "glossary" / "ko.po"))
    false = runs = 0
    for name, source_lang, target_lang, findings in correct_runs(index):
        runs += 1
        false += len(shown(findings, False))
        print(f"{name} {source_lang}->{target_lang}: "
              f"{len(shown(findings, False))} at warning or above")
        for finding in shown(findings, options.all):
            print(f"   {finding.severity.value} {finding.rule} line {finding.line}: "
                  f"{finding.message}")
    missed, expected = missed_errors(index)
    for draft, rule, term in missed:
        print(f"missed: {draft} {rule} {term}")
    print(f"\ncorrect translations: {false} findings at warning or above in {runs} runs "
          f"(all false alarms)")
    print(f"errors put in by hand: {expected - len(missed)}/{expected} found at warning or "
          f"above")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
