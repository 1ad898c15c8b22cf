"""A curated English–Korean lexicon of diplomatic vocabulary, for composing suggestions."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from yongeo.text.normalize import fold_term

# English (singular, lower case unless a name) and the Korean the Korean government and
# press use; international bodies and foreign governments' institutions by the names the
# Ministry of Foreign Affairs uses for them (외교부, 국제기구 명칭). Bodies of the two Koreas
# are in the gazetteer (text.gazetteer). Phrases whose Korean is not the sum of their words are listed whole
# (economic security is 경제안보, one solid compound), so composition prefers them.
_TABLE = """
accession	가입
central	중앙
comprehensive	포괄적
constructive	건설적
future-oriented	미래지향적
head	장
local	지방
maritime	해양
military	군사
mutual	상호
political	정치
practical	실질적
practical cooperation	실질 협력
social	사회
administration	정부
advisory committee	자문위원회
agenda	의제
agreement	협정
alliance	동맹
ambassador	대사
apology	사과
approach	접근
armistice	정전
arms control	군비통제
artificial intelligence	인공지능
bilateral	양자
bilateral relations	양자관계
cabinet	내각
ceasefire	휴전
central government	중앙정부
channel	채널
civil society	시민사회
climate change	기후변화
coal mine	탄광
colonial rule	식민 지배
committee	위원회
communique	공동성명
compensation	배상
consultation	협의
cooperation	협력
crime	범죄
crisis	위기
cultural	문화
cultural exchange	문화 교류
cultural heritage	문화유산
culture	문화
cybersecurity	사이버안보
defense	국방
delegation	대표단
democracy	민주주의
denuclearization	비핵화
deputy prime minister	부총리
deterrence	억제
development	발전
dialogue	대화
diplomacy	외교
diplomat	외교관
diplomatic	외교
diplomatic relations	외교관계
dispute	분쟁
economic	경제
economic cooperation	경제협력
economic security	경제안보
economy	경제
election	선거
embassy	대사관
energy	에너지
envoy	특사
exchange	교류
export	수출
export control	수출 통제
extended deterrence	확장억제
food safety	식품 안전
forced labor	강제동원
forced mobilization	강제동원
foreign affairs	외교
foreign minister	외교장관
foreign ministry	외교부
foreign policy	외교정책
free trade agreement	자유무역협정
geopolitical	지정학적
geopolitics	지정학
global	글로벌
government	정부
heritage	유산
historical	역사
historical issue	역사 문제
history	역사
human rights	인권
humanitarian	인도적
identification	신원 확인
import	수입
inauguration	취임
institute	연구소
institutionalization	제도화
intellectual property	지식재산
inter-korean	남북
interest	이익
international	국제
international law	국제법
international order	국제질서
investment	투자
joint	공동
joint declaration	공동선언
joint statement	공동성명
leader	정상
leaders' meeting	정상회의
local government	지방자치단체
minister	장관
ministry	부
ministry of foreign affairs	외교부
ministry of national defense	국방부
multilateral	다자
multilateral cooperation	다자협력
national	국가
national interest	국익
national security	국가안보
national security adviser	국가안보실장
national security office	국가안보실
negotiation	협상
normalization	정상화
nuclear	핵
online	온라인
opposition party	야당
order	질서
partnership	동반자 관계
peace	평화
peace treaty	평화조약
policy	정책
pragmatic	실용
pragmatic diplomacy	실용외교
prefecture	현
president	대통령
progressive	점진적
press briefing	브리핑
prime minister	총리
property	재산
protection	보호
public opinion	여론
reconciliation	화해
regional	지역
relations	관계
remains	유해
reparations	배상
research	연구
research fellow	연구위원
research professor	연구교수
researcher	연구원
response	대응
restoration	복원
restriction	규제
resumption	재개
revitalization	활성화
ruling party	여당
sanctions	제재
scam	사기
science	과학
science and technology	과학기술
seafood	수산물
security	안보
shuttle diplomacy	셔틀외교
sovereignty	주권
spokesperson	대변인
stability	안정
stabilization	안정화
stakeholder	이해관계자
state visit	국빈 방문
strategic	전략적
strategy	전략
summit	정상회담
summit diplomacy	정상외교
supply chain	공급망
sustainability	지속가능성
talks	회담
technology	기술
tension	긴장
territorial dispute	영토 분쟁
textbook	교과서
ties	관계
trade	통상
transnational	초국가
transnational crime	초국가범죄
trans-pacific partnership	환태평양경제동반자협정
treaty	조약
trilateral	3국
trilateral cooperation	3국 협력
unification	통일
university	대학교
vice minister	차관
victim	희생자
visit	방문
visiting researcher	방문연구원
war	전쟁
working-level	실무
working-level consultation	실무 협의
world heritage	세계유산
youth	청년
Korea	한국
South Korea	한국
North Korea	북한
Japan	일본
China	중국
United States	미국
Russia	러시아
Korea-Japan	한일
Japan-Korea	한일
ROK-Japan	한일
Korea-U.S.	한미
Korea-US	한미
Japan-China	중일
China-Japan	중일
Korea-China	한중
Korea-U.S.-Japan	한미일
Northeast Asia	동북아시아
East Asia	동아시아
Indo-Pacific	인도태평양
Korean Peninsula	한반도
Korean	한국
South Korean	한국
North Korean	북한
Japanese	일본
Chinese	중국
American	미국
Russian	러시아
Middle East	중동
six-party talks	6자회담
Agreed Framework	제네바 기본합의
armistice agreement	정전협정
nuclear weapon	핵무기
nuclear program	핵 프로그램
nuclear test	핵실험
food aid	식량 지원
financial sanctions	금융 제재
chief negotiator	수석대표
wind farm	풍력발전소
wind power	풍력
White House	백악관
State Department	국무부
Department of State	국무부
Pentagon	국방부
Department of Defense	국방부
Secretary of State	국무장관
Assistant Secretary of State	국무부 차관보
Congress	의회
Senate	상원
House of Representatives	하원
Kremlin	크렘린
United Nations	유엔
U.N.	유엔
UN	유엔
Security Council	안전보장이사회
U.N. Security Council	유엔 안전보장이사회
UN Security Council	유엔 안전보장이사회
International Atomic Energy Agency	국제원자력기구
IAEA	국제원자력기구
European Union	유럽연합
NATO	북대서양조약기구
ASEAN	동남아시아국가연합
World Bank	세계은행
International Monetary Fund	국제통화기금
IMF	국제통화기금
World Trade Organization	세계무역기구
WTO	세계무역기구
"""


def _load(table: str) -> Mapping[str, str]:
    pairs: dict[str, str] = {}
    for line in table.strip().splitlines():
        english, korean = line.split("\t")
        pairs[fold_term(english)] = korean
    return MappingProxyType(pairs)


# Keys are folded like glossary terms (lower case, dashes as spaces).
LEXICON: Mapping[str, str] = _load(_TABLE)


def lookup(english: str) -> str | None:
    """The Korean of an English word or phrase, or None."""
    return LEXICON.get(fold_term(english))
