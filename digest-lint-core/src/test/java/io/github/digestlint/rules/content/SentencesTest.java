package io.github.digestlint.rules.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestlint.rules.content.Sentences.Sentence;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SentencesTest {

    private static List<String> split(String text) {
        return Sentences.split(text).stream().map(sentence -> sentence.in(text)).toList();
    }

    @Test
    void splitsAMethodSectionOfThreeSentences() {
        String method = "SHINE은 사전학습된 커스터마이즈 어댑터를 이용한 Manifold-Steered Anchor 손실을 통해 참조 대상 객체를 충실히"
                + " 표현하며 배경 구조를 유지한다. Degradation-Suppression Guidance는 텍스트 기반 부정적 프롬프트가 무효한 FLUX의"
                + " 특성에 착안하여 이미지 쿼리 부분을 흐리게 처리해 저품질 영역으로의 경로를 차단한다. Adaptive Background"
                + " Blending은 경계부의 이음새를 최소화한다.";

        assertThat(split(method)).hasSize(3).allMatch(sentence -> sentence.endsWith("다."));
    }

    @Test
    void endsASentenceAtEveryHardLineBreak() {
        String method = "첫 줄은 수집을 다룬다.\n둘째 줄은 설계를 다룬다.\n셋째 줄은 평가를 다룬다.";

        assertThat(split(method)).containsExactly("첫 줄은 수집을 다룬다.", "둘째 줄은 설계를 다룬다.", "셋째 줄은 평가를 다룬다.");
    }

    @Test
    void endsALineWithoutAnEndMarkUnfinished() {
        assertThat(Sentences.split("끝나지 않은 줄\n다음 줄이다."))
                .containsExactly(new Sentence(0, 8, false), new Sentence(9, 16, true));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // Numbers and versions from the corpus.
        "AR 대비 최대 2.5배 빠른 추론 속도를 달성하였다.",
        "PS-VAE(96채널)는 재구성 품질(rFID 0.619→0.203, PSNR 19.20→28.79)에서 우수한 성능을 달성하였다.",
        "Fast-dLLM v2는 1.5B 및 7B 모델 크기에서 우수한 정확도를 유지하였다.",
        "본 논문은 SD3.5-Flash라는 효율적인 생성 모델을 제안한다.",
        "NER Retriever는 LLaMA 3.1 8B 모델의 중간 층(transformer block 17)을 사용한다.",
        "샘플링 단계를 25에서 1~2로 줄이고, 약 6.5~9배의 추론 가속을 이루었다.",
        "Qwen2.5-VL과 Fast-dLLM v2.5는 v2.0보다 빠르다.",
        "gemini-2.5-flash 모델이 우수한 성과를 보였다.",
        "MeViS에서 J&F 51.1%, Ref-DAVIS17 제로샷 평가에서 73.3%를 기록하였다.",
        // Abbreviations and initials.
        "Smith et al. 의 방법을 따른다.",
        "다양한 입력(e.g. 이미지, 포인트 클라우드)을 지원한다.",
        "두 손실, i.e. VM과 VD를 도입하였다.",
        "SFT vs. RL 비교 실험을 수행하였다.",
        "결과는 Fig. 3과 같이 정리된다.",
        "No. 1 모델이 가장 높은 성능을 보였다.",
        "J. Smith와 A. B. Lee의 연구를 확장하였다.",
        "U.S. 데이터셋으로 평가하였다.",
        // Ellipses, URLs and quotes inside a sentence.
        "분류, 태깅, 생성... 등 네 가지 과제를 설계하였다.",
        "분류, 태깅, 생성… 등 네 가지 과제를 설계하였다.",
        "코드는 https://github.com/example/repo.git 에서 공개되었다.",
        "자세한 내용은 https://arxiv.org/abs/2509.21114?context=cs.CL 을 참조한다.",
        "기존 ‘위치 탐지 후 분할’ 방식은 한계가 있었다.",
        "머리카락 카드를 순차적 “헤어 언어”로 간주하여 생성한다.",
        "'최고의 모델이다.'라는 주장을 검증하였다.",
        "모델이 \"왜?\"라는 질문에 답하도록 학습하였다."})
    void keepsOneSentenceWhole(String sentence) {
        assertThat(Sentences.split(sentence)).containsExactly(new Sentence(0, sentence.length(), true));
    }

    @Test
    void keepsClosingBracketsAndQuotesWithTheSentenceTheyClose() {
        assertThat(split("본 연구는 새로운 방법을 제안한다. (부록에서 증명을 제시한다.) 실험은 세 가지이다."))
                .containsExactly("본 연구는 새로운 방법을 제안한다.", "(부록에서 증명을 제시한다.)", "실험은 세 가지이다.");
        assertThat(split("저자들은 '모델은 충분히 크다.' 그러나 결과는 다르다."))
                .containsExactly("저자들은 '모델은 충분히 크다.'", "그러나 결과는 다르다.");
        assertThat(split("“이것이 핵심이다.” 다음 문장이다."))
                .containsExactly("“이것이 핵심이다.”", "다음 문장이다.");
    }

    @Test
    void endsSentencesAtQuestionAndExclamationMarks() {
        assertThat(split("왜 그런가? 놀랍다! 정말?! 그렇다."))
                .containsExactly("왜 그런가?", "놀랍다!", "정말?!", "그렇다.");
    }

    @Test
    void endsASentenceAtAUrlThatEndsIt() {
        assertThat(split("코드는 https://github.com/example/repo. 데이터도 공개된다."))
                .containsExactly("코드는 https://github.com/example/repo.", "데이터도 공개된다.");
    }

    @Test
    void endsASentenceAfterAVersionOrANumberFollowedByASpace() {
        assertThat(split("We present Fast-dLLM v2. It is fast.")).containsExactly("We present Fast-dLLM v2.",
                "It is fast.");
        assertThat(split("The accuracy rose to 95.5. Then it fell.")).containsExactly("The accuracy rose to 95.5.",
                "Then it fell.");
    }

    @Test
    void endsASentenceAtAWordThatIsOnlyAnAbbreviationBeforeANumber() {
        assertThat(split("The answer is no. Fig. 2 shows why.")).containsExactly("The answer is no.",
                "Fig. 2 shows why.");
    }

    @Test
    void leavesATextThatStopsInAnEllipsisUnfinished() {
        assertThat(Sentences.split("결과는 다음과 같다...")).singleElement()
                .satisfies(sentence -> assertThat(sentence.finished()).isFalse());
        assertThat(Sentences.split("결과는 다음과 같다…")).singleElement()
                .satisfies(sentence -> assertThat(sentence.finished()).isFalse());
        assertThat(Sentences.split("결과는 다음과 같다….")).singleElement()
                .satisfies(sentence -> assertThat(sentence.finished()).isFalse());
    }

    @Test
    void leavesATextCutOffMidSentenceUnfinished() {
        String text = "첫 문장이다. 두 번째 문장은 성능을 크게 향상시키며  ";

        assertThat(Sentences.split(text)).containsExactly(new Sentence(0, 7, true), new Sentence(8, 29, false));
        assertThat(split(text)).containsExactly("첫 문장이다.", "두 번째 문장은 성능을 크게 향상시키며");
    }

    @Test
    void findsNoSentenceInBlankText() {
        assertThat(Sentences.split("")).isEmpty();
        assertThat(Sentences.split("  \n ")).isEmpty();
    }

    @Test
    void takesThePlaceholderAsOneUnfinishedSentence() {
        assertThat(Sentences.split("정보 부족")).containsExactly(new Sentence(0, 5, false));
        assertThat(Sentences.split("정보 부족.")).containsExactly(new Sentence(0, 6, true));
    }
}
